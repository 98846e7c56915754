using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Messaging.Serialization;
using SerializationContext = Hub.Messaging.Serialization.SerializationContext;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Messaging.Kafka.Producing;

/// <summary>Serializes canonical events and publishes them keyed by entity id, with the platform's standard headers.</summary>
public sealed class KafkaEventPublisher(IKafkaProducer producer, IServiceProvider services) : IEventPublisher
{
    public async Task PublishAsync<TEvent>(string topic, TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        ArgumentException.ThrowIfNullOrEmpty(@event.EventId, nameof(@event));
        ArgumentException.ThrowIfNullOrEmpty(@event.EntityId, nameof(@event));
        var serializer = services.GetRequiredService<IEventSerializer<TEvent>>();
        var value = await serializer.SerializeAsync(@event, new SerializationContext(topic), cancellationToken).ConfigureAwait(false);
        var message = new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(@event.EntityId),
            Value = value,
            Headers = new Headers
            {
                { EventHeaders.EventId, Encoding.UTF8.GetBytes(@event.EventId) },
                { EventHeaders.EventType, Encoding.UTF8.GetBytes(typeof(TEvent).Name) },
                { EventHeaders.OccurredAt, Encoding.UTF8.GetBytes(@event.OccurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)) },
            },
        };
        await producer.ProduceAsync(topic, message, cancellationToken).ConfigureAwait(false);
    }
}
