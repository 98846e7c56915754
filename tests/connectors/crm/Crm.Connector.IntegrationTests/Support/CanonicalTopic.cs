using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Contracts;
using Hub.Messaging;
using Hub.Serialization.Avro;
using Hub.Serialization.Avro.Registry;
using Hub.Testing;
using Hub.Testing.Avro;
using Hub.Testing.Messaging;
using Microsoft.Extensions.Options;

namespace Crm.Connector.IntegrationTests;

/// <summary>Reads CustomerUpserted from a topic (Avro, schemas from the registry) and publishes test events to it.</summary>
public sealed class CanonicalTopic(StackFixture stack, Uri registry) : IDisposable
{
    private readonly Confluent.SchemaRegistry.CachedSchemaRegistryClient _registry = SchemaRegistryClients.Create(new SchemaRegistryOptions { Url = registry.ToString() });

    /// <summary>The registry the connector writes its schemas to, for decoding other event types.</summary>
    public Confluent.SchemaRegistry.CachedSchemaRegistryClient Registry => _registry;

    /// <summary>Every record on the topic now, read to the end of each partition.</summary>
    public List<ConsumeResult<byte[]?, byte[]?>> ReadAll(string topic) => TopicReader.ReadToEnd(stack, topic);

    public Task<List<CustomerUpserted>> CustomersAsync(string topic) => AvroTopicReader.ReadAsync<CustomerUpserted>(stack, _registry, topic);

    public async Task PublishAsync(string topic, CustomerUpserted customer)
    {
        var serializer = new ConfluentAvroSerializer<CustomerUpserted>(_registry, Options.Create(new AvroSerdeOptions()));
        var value = await serializer.SerializeAsync(customer, new Hub.Messaging.Serialization.SerializationContext(topic), CancellationToken.None);
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(stack.ProducerConfig()).Build();
        await producer.ProduceAsync(topic, new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(customer.Envelope.EntityId),
            Value = value,
            Headers = new Headers
            {
                { EventHeaders.EventId, Encoding.UTF8.GetBytes(customer.Envelope.EventId.ToString()) },
                { EventHeaders.EventType, Encoding.UTF8.GetBytes(nameof(CustomerUpserted)) },
                { EventHeaders.OccurredAt, Encoding.UTF8.GetBytes(customer.Envelope.OccurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)) },
            },
        });
    }

    public void Dispose() => _registry.Dispose();
}
