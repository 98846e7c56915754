using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

public sealed partial class RedisConnectionProvider(IOptions<RedisOptions> options, ILogger<RedisConnectionProvider>? logger = null)
    : IRedisConnectionProvider, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger = logger ?? NullLogger<RedisConnectionProvider>.Instance;
    private IConnectionMultiplexer? _connection;

    public IConnectionMultiplexer Connect()
    {
        if (_connection is { } ready)
        {
            return ready;
        }

        _gate.Wait();
        try
        {
            return _connection ??= Created(ConnectionMultiplexer.Connect(Configure(options.Value.Configuration)));
        }
        finally
        {
            _gate.Release();
        }
    }

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
                _connection = Created(await ConnectionMultiplexer.ConnectAsync(Configure(options.Value.Configuration)).ConfigureAwait(false));
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The first endpoint of a configuration string, for messages (never the password).</summary>
    public static string Endpoint(string configuration) => configuration.Split(',')[0];

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private IConnectionMultiplexer Created(IConnectionMultiplexer connection)
    {
        if (!connection.IsConnected)
        {
            LogNotConnected(_logger, Endpoint(options.Value.Configuration));
        }

        return connection;
    }

    private static ConfigurationOptions Configure(string configuration)
    {
        var config = ConfigurationOptions.Parse(configuration);
        // Connect once and let the multiplexer reconnect in the background. With abortConnect=true a Redis that is
        // down at start-up fails the connect, and every caller would try again: under load that turned into
        // hundreds of concurrent connect attempts that starved the process (issue 17).
        config.AbortOnConnectFail = false;
        config.ConnectTimeout = Math.Min(config.ConnectTimeout, 5000);
        config.SyncTimeout = Math.Min(config.SyncTimeout, 5000);
        config.AsyncTimeout = Math.Min(config.AsyncTimeout, 5000);
        return config;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoint} is not reachable yet; the connection keeps retrying in the background and the service reports not ready meanwhile")]
    private static partial void LogNotConnected(ILogger logger, string endpoint);
}
