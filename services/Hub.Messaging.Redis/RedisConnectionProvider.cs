using Hub.Messaging.Processing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

public sealed class RedisConnectionProvider(IOptions<RedisOptions> options) : IRedisConnectionProvider, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnectionMultiplexer? _connection;

    public async Task<IConnectionMultiplexer> GetAsync()
    {
        if (_connection is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_connection is null)
            {
                var config = ConfigurationOptions.Parse(options.Value.Configuration);
                // Once connected, the multiplexer reconnects by itself; only the first connect must succeed here.
                config.AbortOnConnectFail = true;
                config.ConnectTimeout = Math.Min(config.ConnectTimeout, 5000);
                config.SyncTimeout = Math.Min(config.SyncTimeout, 5000);
                config.AsyncTimeout = Math.Min(config.AsyncTimeout, 5000);
                try
                {
                    _connection = await ConnectionMultiplexer.ConnectAsync(config).ConfigureAwait(false);
                }
                catch (RedisConnectionException ex)
                {
                    throw new ProcessingStoreUnavailableException($"Cannot connect to Redis at {options.Value.Configuration.Split(',')[0]}: {ex.Message}", ex);
                }
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
