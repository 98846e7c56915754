namespace Hub.Connectors.Polling;

/// <summary>
/// One poll of one feed: read every change since the watermark minus the overlap, publish the ones not seen before,
/// and only then move the watermark. A crash before the save re-reads and re-publishes the same changes with the
/// same event ids (the consumers' dedup drops them); a crash after it has nothing left to repeat.
/// </summary>
public sealed class DeltaPoller<TRecord>(string name, IDeltaFeed<TRecord> feed, IWatermarkStore store, DeltaPollingOptions options)
    where TRecord : class
{
    public string Name { get; } = name;

    public async Task<PollResult> PollOnceAsync(CancellationToken cancellationToken)
    {
        var watermark = await store.GetAsync(Name, cancellationToken).ConfigureAwait(false) ?? Watermark.Empty;
        var since = watermark.Position is { } position ? position - options.Overlap : options.StartFrom;
        var seen = watermark.Seen.ToHashSet();
        var (read, published, skipped) = (0, 0, 0);
        TRecord? after = null;
        while (true)
        {
            var page = await feed.ReadAsync(new DeltaQuery<TRecord>(since, after, options.PageSize), cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            var keys = page.Select(feed.KeyOf).ToList();
            var fresh = page.Where((_, i) => !seen.Contains(keys[i])).ToList();
            if (fresh.Count > 0)
            {
                await feed.PublishAsync(fresh, cancellationToken).ConfigureAwait(false);
            }

            (read, published, skipped) = (read + page.Count, published + fresh.Count, skipped + page.Count - fresh.Count);
            watermark = Advance(watermark, seen, keys);
            await store.SaveAsync(Name, watermark, cancellationToken).ConfigureAwait(false);
            if (page.Count < options.PageSize)
            {
                break;
            }

            after = page[^1];
        }

        return new PollResult(read, published, skipped, watermark);
    }

    /// <summary>Moves the position to the newest change and keeps only the seen versions still inside the overlap window.</summary>
    private Watermark Advance(Watermark current, HashSet<DeltaKey> seen, IEnumerable<DeltaKey> published)
    {
        var position = current.Position;
        foreach (var key in published)
        {
            seen.Add(key);
            if (position is null || key.ChangedAt > position)
            {
                position = key.ChangedAt;
            }
        }

        var floor = position!.Value - options.Overlap;
        seen.RemoveWhere(k => k.ChangedAt < floor);
        return new Watermark(position, seen.OrderBy(k => k.ChangedAt).ThenBy(k => k.Id, StringComparer.Ordinal).ToList());
    }
}
