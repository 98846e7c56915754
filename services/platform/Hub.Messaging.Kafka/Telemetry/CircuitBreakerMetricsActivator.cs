using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Kafka.Telemetry;

/// <summary>Resolving <see cref="CircuitBreakerMetrics"/> at start-up is what creates its gauge; nobody else asks for it.</summary>
internal sealed class CircuitBreakerMetricsActivator(CircuitBreakerMetrics metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(metrics);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
