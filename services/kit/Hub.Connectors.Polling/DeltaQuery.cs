namespace Hub.Connectors.Polling;

/// <summary>
/// One page of a delta read. The feed returns records with ChangedAt &gt;= <see cref="ChangedSince"/> (all records when
/// null), strictly after <see cref="After"/> in the feed's own (ChangedAt, id) order when given, ordered that way,
/// at most <see cref="Limit"/> of them.
/// </summary>
/// <remarks>
/// Pages continue from the last record read (keyset paging) rather than by offset: an offset shifts when a record in
/// the window changes while the pages are read, and the record that slides into the gap would be missed for good.
/// </remarks>
public sealed record DeltaQuery<TRecord>(DateTimeOffset? ChangedSince, TRecord? After, int Limit)
    where TRecord : class;
