namespace Hub.Messaging.Redis;

/// <summary>
/// Dedup markers live as fields of time-bucketed hashes instead of one key with a TTL per event: writing a
/// batch's markers is one HSET and expiring them is one EXPIRE per bucket, which costs Redis a fraction of
/// hundreds of SET ... EX calls. A bucket spans half the dedup TTL; lookups read the current bucket and the two
/// before it, and a bucket expires when it leaves that window, so a marker lives between 1× and 1.5× the TTL.
/// </summary>
public sealed class DedupBuckets(TimeSpan ttl)
{
    public const int BucketsRead = 3;

    public TimeSpan Span { get; } = TimeSpan.FromSeconds(Math.Max(3600, ttl.TotalSeconds / 2));

    /// <summary>How long a bucket hash must live once written: until it drops out of the lookup window.</summary>
    public TimeSpan Lifetime => Span * BucketsRead;

    public long BucketOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Span.TotalSeconds;

    /// <summary>Newest first, so a later state of an event (parked, then done) wins over an earlier one.</summary>
    public IEnumerable<long> ReadWindow(DateTimeOffset now)
    {
        var current = BucketOf(now);
        for (var i = 0; i < BucketsRead; i++)
        {
            yield return current - i;
        }
    }
}
