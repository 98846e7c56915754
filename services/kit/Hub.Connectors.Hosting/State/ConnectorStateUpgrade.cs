using Hub.Messaging.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Moves a connector's state from the keys it used before the one key scheme (<see cref="FormerStateKey"/>) to its
/// current keys, once, before the connector consumes or polls: DUMP, RESTORE under the new name (kept if the new
/// key already exists), DEL, so it also works across Redis Cluster slots and is safe to run again after a crash.
/// When done it writes <c>{root}:state-version</c>, so later starts do not scan.
/// </summary>
public sealed partial class ConnectorStateUpgrade(
    IServiceProvider services, IOptions<RedisOptions> redisOptions, ILogger<ConnectorStateUpgrade> logger) : IHostedService
{
    public const string Version = "2";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var formers = services.GetServices<FormerStateKey>().ToList();
        if (formers.Count == 0)
        {
            return;
        }

        var keys = services.GetRequiredService<ConnectorStateKeys>();
        var redis = services.GetRequiredService<IConnectionMultiplexer>();
        var db = redis.GetDatabase();
        var marker = keys.Key("state-version");
        if (await db.StringGetAsync(marker).ConfigureAwait(false) == Version)
        {
            return;
        }

        var moved = 0;
        foreach (var former in formers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var old = $"{redisOptions.Value.KeyPrefix}:{former.Former}";
            if (!former.IsPattern)
            {
                moved += await MoveAsync(db, old, former.Current(string.Empty)).ConfigureAwait(false) ? 1 : 0;
                continue;
            }

            var start = old.Length - 1;
            foreach (var server in redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
            {
                await foreach (var key in server.KeysAsync(db.Database, old, pageSize: 500).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    moved += await MoveAsync(db, key, former.Current(key.ToString()[start..])).ConfigureAwait(false) ? 1 : 0;
                }
            }
        }

        await db.StringSetAsync(marker, Version).ConfigureAwait(false);
        if (moved > 0)
        {
            LogMoved(moved, keys.Root);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> MoveAsync(IDatabase db, RedisKey from, RedisKey to)
    {
        var dump = await db.KeyDumpAsync(from).ConfigureAwait(false);
        if (dump is null)
        {
            return false;
        }

        if (!await db.KeyExistsAsync(to).ConfigureAwait(false))
        {
            var ttl = await db.KeyTimeToLiveAsync(from).ConfigureAwait(false);
            await db.KeyRestoreAsync(to, dump, ttl).ConfigureAwait(false);
        }

        await db.KeyDeleteAsync(from).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} state keys to the connector key scheme under {Root}")]
    private partial void LogMoved(int count, string root);
}
