using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Contracts;
using Hub.Messaging;
using Hub.Serialization.Avro;
using Hub.Serialization.Avro.Registry;
using Hub.Testing;
using Microsoft.Extensions.Options;

namespace Crm.Connector.IntegrationTests;

/// <summary>Reads CustomerUpserted from a topic (Avro, schemas from the registry) and publishes test events to it.</summary>
public sealed class CanonicalTopic(StackFixture stack, Uri registry) : IDisposable
{
    private readonly SchemaRegistryClient _registry = new(Options.Create(new SchemaRegistryOptions { Url = registry.ToString(), MaxRetries = 1 }));

    /// <summary>Every record on the topic now, read to the end of each partition.</summary>
    public async Task<List<ConsumeResult<byte[]?, byte[]?>>> ReadAllAsync(string topic)
    {
        var config = stack.ConsumerConfig($"reader-{Guid.NewGuid():N}");
        config.EnablePartitionEof = true;
        config.AutoOffsetReset = AutoOffsetReset.Earliest;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = stack.BootstrapServers }).Build();
        var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions.Select(p => new TopicPartition(topic, p.PartitionId)).ToList();
        consumer.Assign(partitions.Select(p => new TopicPartitionOffset(p, Offset.Beginning)));
        var results = new List<ConsumeResult<byte[]?, byte[]?>>();
        var ended = new HashSet<int>();
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        while (ended.Count < partitions.Count && elapsed.Elapsed < TimeSpan.FromSeconds(15))
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                ended.Add(result.Partition.Value);
            }
            else
            {
                results.Add(result);
            }
        }

        consumer.Close();
        await Task.CompletedTask;
        return results;
    }

    public async Task<List<CustomerUpserted>> CustomersAsync(string topic)
    {
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(_registry);
        var customers = new List<CustomerUpserted>();
        foreach (var record in await ReadAllAsync(topic))
        {
            customers.Add(await deserializer.DeserializeAsync(record.Message.Value, new Hub.Messaging.Serialization.SerializationContext(topic), CancellationToken.None));
        }

        return customers;
    }

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
