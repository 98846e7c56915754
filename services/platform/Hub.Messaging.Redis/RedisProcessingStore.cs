using Hub.Messaging.Processing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// The processing store on Redis. A lookup is one pipelined round trip and a commit one atomic Lua call, whatever
/// the batch size, which keeps Redis round trips per event well under one.
/// </summary>
public sealed class RedisProcessingStore(IRedisConnectionProvider connections, IOptions<RedisOptions> options, TimeProvider time) : IProcessingStore
{
    private readonly RedisKeys _keys = new(options.Value.KeyPrefix);
    private readonly DedupBuckets _buckets = new(options.Value.DedupTtl);

    public RedisProcessingStore(IRedisConnectionProvider connections, IOptions<RedisOptions> options)
        : this(connections, options, TimeProvider.System)
    {
    }

    public async Task<BatchLookup> LookupAsync(string group, IReadOnlyCollection<string> eventIds, PartitionRef parkingScope, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = eventIds.Distinct().ToArray();
        var keyFields = keys.Distinct().Select(k => (RedisValue)k).ToArray();
        var db = await DatabaseAsync().ConfigureAwait(false);
        return await RedisGuard.RunAsync(async () =>
        {
            var batch = db.CreateBatch();
            var epochTask = batch.HashGetAsync(_keys.Epochs(group), RedisKeys.EpochField(parkingScope));
            var fields = ids.Select(id => (RedisValue)id).ToArray();
            var bucketTasks = ids.Length == 0 ? [] : _buckets.ReadWindow(time.GetUtcNow()).Select(b => batch.HashGetAsync(_keys.Dedup(group, b), fields)).ToArray();
            var parkedTask = keyFields.Length == 0 ? Task.FromResult(Array.Empty<RedisValue>()) : batch.HashGetAsync(_keys.Parked(group, parkingScope), keyFields);
            batch.Execute();
            var epoch = (long?)await epochTask.ConfigureAwait(false) ?? 0;
            var buckets = await Task.WhenAll(bucketTasks).ConfigureAwait(false);
            var parkedValues = await parkedTask.ConfigureAwait(false);

            var markers = new Dictionary<string, MarkerState>(ids.Length);
            for (var i = 0; i < ids.Length; i++)
            {
                var newest = buckets.Select(b => b[i]).FirstOrDefault(v => !v.IsNull);
                markers[ids[i]] = MarkerCodec.Decode(newest, epoch);
            }

            var parked = new Dictionary<string, long>();
            for (var i = 0; i < keyFields.Length; i++)
            {
                if (!parkedValues[i].IsNull)
                {
                    parked[keyFields[i].ToString()] = (long)parkedValues[i];
                }
            }

            return new BatchLookup(markers, parked, epoch);
        }).ConfigureAwait(false);
    }

    public async Task CommitAsync(string group, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.IsEmpty)
        {
            return;
        }

        var db = await DatabaseAsync().ConfigureAwait(false);
        var historyLength = options.Value.CheckpointHistoryLength;
        var (keys, args) = CommitScript.Arguments(_keys, group, outcome, _buckets.BucketOf(time.GetUtcNow()), _buckets.Lifetime, historyLength);
        await RedisGuard.RunAsync(async () => await db.ScriptEvaluateAsync(CommitScript.Text, keys, args).ConfigureAwait(false)).ConfigureAwait(false);
    }

    public async Task<Checkpoint?> GetCheckpointAsync(string group, PartitionRef partition, CancellationToken cancellationToken)
    {
        var db = await DatabaseAsync().ConfigureAwait(false);
        return await RedisGuard.RunAsync(async () => CheckpointCodec.FromHash(await db.HashGetAllAsync(_keys.Checkpoint(group, partition)).ConfigureAwait(false))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Checkpoint>> GetCheckpointHistoryAsync(string group, PartitionRef partition, int max, CancellationToken cancellationToken)
    {
        var db = await DatabaseAsync().ConfigureAwait(false);
        return await RedisGuard.RunAsync(async () =>
        {
            var values = await db.ListRangeAsync(_keys.CheckpointHistory(group, partition), 0, max - 1).ConfigureAwait(false);
            return (IReadOnlyList<Checkpoint>)values.Select(CheckpointCodec.FromHistoryEntry).ToList();
        }).ConfigureAwait(false);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var db = await DatabaseAsync().ConfigureAwait(false);
            await db.PingAsync().ConfigureAwait(false);
            return true;
        }
        catch (ProcessingStoreUnavailableException)
        {
            return false;
        }
        catch (RedisException)
        {
            return false;
        }
    }

    private async Task<IDatabase> DatabaseAsync()
    {
        var connection = await connections.GetAsync().ConfigureAwait(false);
        return connection.GetDatabase();
    }
}
