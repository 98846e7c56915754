namespace Hub.Connectors.Polling;

/// <summary>
/// What a connector supplies to poll one kind of record: how to read changed records, how to identify a version of
/// one, and how to publish them. The <see cref="DeltaPoller{TRecord}"/> does the rest (watermark, overlap, dedup).
/// </summary>
public interface IDeltaFeed<TRecord>
    where TRecord : class
{
    /// <summary>Reads one page, ordered by (ChangedAt, id) ascending; see <see cref="DeltaQuery{TRecord}"/>.</summary>
    Task<IReadOnlyList<TRecord>> ReadAsync(DeltaQuery<TRecord> query, CancellationToken cancellationToken);

    DeltaKey KeyOf(TRecord record);

    /// <summary>
    /// Publishes the changes and completes only when every publish was acknowledged; throws otherwise. Events must have
    /// ids derived from the record's <see cref="DeltaKey"/>, so a re-read after a crash publishes duplicates the
    /// consumers' dedup drops, never new events.
    /// </summary>
    Task PublishAsync(IReadOnlyList<TRecord> records, CancellationToken cancellationToken);
}
