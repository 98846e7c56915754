using Confluent.Kafka;
using Hub.Messaging.Kafka.Producing;

namespace Hub.Messaging.UnitTests.Support;

/// <summary>Acknowledges every message at once and remembers what was produced where.</summary>
internal sealed class CapturingProducer : IKafkaProducer
{
    private readonly Lock _gate = new();
    private readonly List<(string Topic, Message<byte[]?, byte[]?> Message)> _produced = [];

    public IReadOnlyList<(string Topic, Message<byte[]?, byte[]?> Message)> Produced
    {
        get
        {
            lock (_gate)
            {
                return _produced.ToList();
            }
        }
    }

    public IReadOnlyList<Message<byte[]?, byte[]?>> To(string topic) => Produced.Where(p => p.Topic == topic).Select(p => p.Message).ToList();

    public Task<DeliveryResult<byte[]?, byte[]?>> ProduceAsync(string topic, Message<byte[]?, byte[]?> message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _produced.Add((topic, message));
            return Task.FromResult(new DeliveryResult<byte[]?, byte[]?>
            {
                TopicPartitionOffset = new TopicPartitionOffset(topic, new Partition(0), new Offset(_produced.Count - 1)),
                Message = message,
                Status = PersistenceStatus.Persisted,
            });
        }
    }

    public int Flush(TimeSpan timeout) => 0;
}
