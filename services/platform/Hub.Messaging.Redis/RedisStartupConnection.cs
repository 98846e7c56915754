using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Redis;

/// <summary>
/// Creates the process's Redis multiplexer while the host starts, before the web server listens: hosted services
/// start in registration order and ASP.NET Core's server starts after them, so no request ever waits for (or
/// blocks a thread on) the first connect. A Redis that is down lets the start-up go on after the connect timeout;
/// readiness stays false until the multiplexer reconnects.
/// </summary>
public sealed class RedisStartupConnection(IRedisConnectionProvider connections) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => connections.GetAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
