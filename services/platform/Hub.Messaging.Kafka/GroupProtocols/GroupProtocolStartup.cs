using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>
/// Makes the group protocol choice while the host starts, before any subscription worker: the workers then find it
/// made and start their consumers without waiting on another thread's work. Bounded by the probe timeout.
/// </summary>
internal sealed class GroupProtocolStartup(GroupProtocolProvider protocols) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => protocols.GetAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
