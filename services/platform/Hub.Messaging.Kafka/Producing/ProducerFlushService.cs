using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Kafka.Producing;

/// <summary>
/// Registered before any subscription, so the host stops it after them: consumers finish and park or dead-letter
/// what they hold, then the producer is flushed while the process can still report failures.
/// </summary>
internal sealed class ProducerFlushService(IKafkaProducer producer, Microsoft.Extensions.Options.IOptions<Configuration.KafkaOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        producer.Flush(options.Value.FlushTimeout);
        return Task.CompletedTask;
    }
}
