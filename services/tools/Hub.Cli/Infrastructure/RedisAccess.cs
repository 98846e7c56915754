using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Cli.Infrastructure;

/// <summary>The platform's own Redis classes (same keys as the connectors), with outages mapped to exit code 3.</summary>
public sealed class RedisAccess : IAsyncDisposable
{
    private readonly RedisConnectionProvider _connections;
    private readonly string _endpoint;

    public RedisAccess(ConnectionSettings settings, TimeSpan timeout)
    {
        var configuration = settings.RequireRedis();
        _endpoint = configuration.Split(',')[0];
        var ms = (int)Math.Clamp(timeout.TotalMilliseconds, 100, 5000);
        Options = Microsoft.Extensions.Options.Options.Create(new RedisOptions
        {
            Configuration = $"{configuration},connectTimeout={ms},syncTimeout={ms},asyncTimeout={ms},connectRetry=1",
            KeyPrefix = settings.RedisPrefix,
            DedupTtl = settings.DedupTtl,
        });
        _connections = new RedisConnectionProvider(Options);
        Keys = new RedisKeys(settings.RedisPrefix);
        Buckets = new DedupBuckets(settings.DedupTtl);
        Processing = new RedisProcessingStore(_connections, Options, TimeProvider.System);
        Replays = new ReplayStore(_connections, Options, TimeProvider.System);
        Instances = new RedisInstanceStatusStore(_connections, Options);
        Pauses = new RedisConnectorPauseStore(_connections, Options);
    }

    public IOptions<RedisOptions> Options { get; }

    public string Prefix => Options.Value.KeyPrefix;

    public RedisKeys Keys { get; }

    public DedupBuckets Buckets { get; }

    public RedisProcessingStore Processing { get; }

    public ReplayStore Replays { get; }

    public RedisInstanceStatusStore Instances { get; }

    /// <summary>The kill switch of each connector (`hub pause` / `hub resume`).</summary>
    public RedisConnectorPauseStore Pauses { get; }

    public async Task<IConnectionMultiplexer> ConnectionAsync() => await Guard(() => _connections.GetAsync());

    public async Task<IDatabase> DatabaseAsync() => (await ConnectionAsync()).GetDatabase();

    public string Endpoint => _endpoint;

    /// <summary>Null when Redis answers a PING, else the reason, worded for the operator.</summary>
    public async Task<string?> ProblemAsync()
    {
        try
        {
            await Guard(async () => await (await DatabaseAsync()).PingAsync());
            return null;
        }
        catch (CliException ex) when (ex.ExitCode == ExitCodes.Unreachable)
        {
            return ex.Message;
        }
    }

    /// <summary>Runs a Redis call; an unreachable Redis becomes exit code 3 with the endpoint in the message.</summary>
    public async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is ProcessingStoreUnavailableException or RedisConnectionException or RedisTimeoutException)
        {
            throw CliException.Unreachable($"Redis at {_endpoint} is unreachable: {ex.Message}", ex);
        }
    }

    public async Task Guard(Func<Task> call) => await Guard(async () =>
    {
        await call();
        return true;
    });

    public ValueTask DisposeAsync() => _connections.DisposeAsync();
}
