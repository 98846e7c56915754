using Confluent.Kafka;

namespace Hub.Messaging.Kafka.Producing;

/// <summary>The process's single Kafka producer, shared by publishers, retry parking and dead-lettering.</summary>
public interface IKafkaProducer
{
    /// <summary>Completes when the broker acknowledged the message; faults with <see cref="PublishException"/> otherwise.</summary>
    Task<DeliveryResult<byte[]?, byte[]?>> ProduceAsync(string topic, Message<byte[]?, byte[]?> message, CancellationToken cancellationToken);

    /// <summary>Waits until every message handed over so far is acknowledged or failed; returns how many are still queued.</summary>
    int Flush(TimeSpan timeout);
}
