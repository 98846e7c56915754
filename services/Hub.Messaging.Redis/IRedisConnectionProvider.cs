using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>One shared multiplexer per process, connected lazily so a service can start while Redis is still down.</summary>
public interface IRedisConnectionProvider
{
    Task<IConnectionMultiplexer> GetAsync();
}
