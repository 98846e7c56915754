using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Hub.Messaging;
using Hub.Messaging.TestApp;

namespace Hub.Benchmarks;

/// <summary>Builds ~1 KB test events as the platform's publisher would write them (JSON value, standard headers).</summary>
public static class EventFactory
{
    public static Message<byte[]?, byte[]?> Create(int sequence, int payloadBytes)
    {
        var @event = TestEvent.Create($"customer-{sequence % 1000}", sequence, payload: new string('x', Math.Max(0, payloadBytes - 200)));
        return new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(@event.EntityId),
            Value = JsonSerializer.SerializeToUtf8Bytes(@event),
            Headers = new Headers { { EventHeaders.EventId, Encoding.UTF8.GetBytes(@event.EventId) } },
        };
    }

    public static ProducerConfig ProducerConfig(string bootstrap) => new()
    {
        BootstrapServers = bootstrap,
        EnableIdempotence = true,
        Acks = Acks.All,
        CompressionType = CompressionType.Zstd,
        LingerMs = 5,
    };
}
