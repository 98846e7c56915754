using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// The one multiplexer of a process. It is created once, at start-up (see <see cref="RedisStartupConnection"/>), and
/// never again: StackExchange.Redis reconnects it by itself, so a Redis outage shows up as failing commands
/// (<see cref="ProcessingStoreUnavailableException"/>), never as a connect attempt inside a request.
/// </summary>
public interface IRedisConnectionProvider
{
    /// <summary>The multiplexer, created on the first call (awaiting at most the connect timeout).</summary>
    Task<IConnectionMultiplexer> GetAsync();

    /// <summary>
    /// The multiplexer for constructor injection. Connects synchronously only when called before the start-up
    /// connect, which happens while the host builds its hosted services, on the main thread and before any request.
    /// </summary>
    IConnectionMultiplexer Connect();
}
