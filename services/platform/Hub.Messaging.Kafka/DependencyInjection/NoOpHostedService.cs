using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Kafka.DependencyInjection;

/// <summary>Stands in for a retry worker when a subscription has the retry topic switched off.</summary>
internal sealed class NoOpHostedService : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
