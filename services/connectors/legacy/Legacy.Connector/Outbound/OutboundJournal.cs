using System.Text.Json;
using Hub.Connectors.Hosting;
using StackExchange.Redis;

namespace Legacy.Connector.Outbound;

/// <summary>
/// Rows waiting for a file (Redis list <c>prefix:conn:{legacy-connector.outbound}:pending</c>) and the event ids
/// already written to a committed file (set <c>…:written</c>). Both carry the hash tag <c>{legacy-connector.outbound}</c>,
/// so the commit's MULTI touches one slot on Redis Cluster. The handler returns only after its row is in the
/// list, so an acknowledged event is never lost to a crash before the file is written; the written set makes a
/// redelivered event a no-op.
/// </summary>
public sealed class OutboundJournal(IConnectionMultiplexer redis, ConnectorStateKeys keys)
{
    public const string Store = "outbound";

    /// <summary>Where the journal was kept before the one key scheme (moved at start-up), relative to the prefix.</summary>
    public const string FormerPending = "{legacy-outbound}:pending", FormerWritten = "{legacy-outbound}:written";

    private RedisKey Pending => keys.Tagged(Store, "pending");

    private RedisKey Written => keys.Tagged(Store, "written");

    public Task<bool> IsWrittenAsync(string eventId) => redis.GetDatabase().SetContainsAsync(Written, eventId);

    public Task EnqueueAsync(PendingRow row) => redis.GetDatabase().ListRightPushAsync(Pending, JsonSerializer.Serialize(row));

    public async Task<IReadOnlyList<PendingRow>> PeekAsync(int count)
    {
        var values = await redis.GetDatabase().ListRangeAsync(Pending, 0, count - 1).ConfigureAwait(false);
        return values.Select(v => JsonSerializer.Deserialize<PendingRow>(v.ToString())!).ToList();
    }

    public Task<long> CountAsync() => redis.GetDatabase().ListLengthAsync(Pending);

    public async Task<IReadOnlyList<PendingRow>> NotWrittenAsync(IReadOnlyList<PendingRow> rows)
    {
        var db = redis.GetDatabase();
        var result = new List<PendingRow>();
        foreach (var row in rows.DistinctBy(r => r.EventId, StringComparer.Ordinal))
        {
            if (!await db.SetContainsAsync(Written, row.EventId).ConfigureAwait(false))
            {
                result.Add(row);
            }
        }

        return result;
    }

    /// <summary>After a file is committed: its ids become written and the first <paramref name="taken"/> rows leave the list, in one transaction.</summary>
    public async Task CommitAsync(IReadOnlyList<PendingRow> written, int taken)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        if (written.Count > 0)
        {
            _ = transaction.SetAddAsync(Written, written.Select(r => (RedisValue)r.EventId).ToArray());
        }

        _ = transaction.ListTrimAsync(Pending, taken, -1);
        await transaction.ExecuteAsync().ConfigureAwait(false);
    }
}
