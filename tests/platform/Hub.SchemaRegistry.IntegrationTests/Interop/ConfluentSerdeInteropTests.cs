using Avro;
using Avro.Generic;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Contracts;
using Hub.SchemaRegistry.IntegrationTests.Infrastructure;
using Hub.SchemaRegistry.IntegrationTests.Kafka;
using Hub.Testing;
using Hub.Testing.Avro;
using Hub.Testing.Messaging;

namespace Hub.SchemaRegistry.IntegrationTests.Interop;

/// <summary>
/// Confluent's own AvroSerializer, AvroDeserializer and CachedSchemaRegistryClient (the packages every .NET Kafka user
/// runs) against the registry service as a process with its Kafka store: what they write and read must just work.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ConfluentSerdeInteropTests(StackFixture stack)
{
    [Fact]
    public async Task ConfluentDeserializer_RecordOnCanonicalRetryAndDeadLetterTopics_ReadsEachCopy()
    {
        await using var registry = await StartRegistryAsync();
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = registry.Client.BaseAddress.ToString() });
        var canonical = stack.UniqueName("it.interop.customers");
        var topics = new[] { canonical, $"{canonical}.retry", $"{canonical}.dlq" };
        foreach (var topic in topics)
        {
            await stack.CreateTopicAsync(topic, 1);
        }

        var sent = CanonicalSamples.Customer(7);
        var bytes = await new AvroSerializer<CustomerUpserted>(client).SerializeAsync(sent, new SerializationContext(MessageComponentType.Value, canonical));
        using (var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = stack.BootstrapServers }).Build())
        {
            // The platform's retry and dead-letter topics keep the original bytes, so all three copies are identical.
            foreach (var topic in topics)
            {
                await producer.ProduceAsync(topic, new Message<string, byte[]> { Key = sent.Envelope.EntityId, Value = bytes }, TestContext.Current.CancellationToken);
            }
        }

        var specific = new AvroDeserializer<CustomerUpserted>(client);
        var generic = new AvroDeserializer<GenericRecord>(client);
        foreach (var topic in topics)
        {
            var record = (await TopicReader.ReadAsync(stack, topic, 1)).Single();
            var context = new SerializationContext(MessageComponentType.Value, topic);
            var read = await specific.DeserializeAsync(record.Message.Value, isNull: false, context);
            var any = await generic.DeserializeAsync(record.Message.Value, isNull: false, context);

            read.Envelope.EventId.Should().Be(sent.Envelope.EventId, topic);
            read.Email.Should().Be(sent.Email, topic);
            any.Schema.Fullname.Should().Be(CustomerUpserted.AvroSchema.Fullname, topic);
        }
    }

    [Fact]
    public async Task ConfluentSerializer_CompatibleThenIncompatibleChange_RegistersTheFirstAndRefusesTheSecondWith409()
    {
        await using var registry = await StartRegistryAsync();
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = registry.Client.BaseAddress.ToString() });
        var topic = stack.UniqueName("it.interop.evolve");
        var context = new SerializationContext(MessageComponentType.Value, topic);
        var v1 = (RecordSchema)Avro.Schema.Parse("""{"type":"record","name":"Thing","namespace":"hub.interop","fields":[{"name":"id","type":"long"}]}""");
        var v2 = (RecordSchema)Avro.Schema.Parse("""{"type":"record","name":"Thing","namespace":"hub.interop","fields":[{"name":"id","type":"long"},{"name":"note","type":"string","default":""}]}""");
        var broken = (RecordSchema)Avro.Schema.Parse("""{"type":"record","name":"Thing","namespace":"hub.interop","fields":[{"name":"id","type":"long"},{"name":"size","type":"int"}]}""");
        var serializer = new AvroSerializer<GenericRecord>(client);

        var first = await serializer.SerializeAsync(Thing(v1, 1), context);
        var second = await serializer.SerializeAsync(Thing(v2, 2), context);
        var refusal = () => serializer.SerializeAsync(Thing(broken, 3), context);

        (await client.GetAllSubjectsAsync()).Should().Contain($"{topic}-value");
        (await client.GetSubjectVersionsAsync($"{topic}-value")).Should().Equal(1, 2);
        (await refusal.Should().ThrowAsync<SchemaRegistryException>()).Which.ErrorCode.Should().Be(409, "Confluent's code for an incompatible schema");
        var reader = new AvroDeserializer<GenericRecord>(client);
        ((long)(await reader.DeserializeAsync(first, false, context))["id"]).Should().Be(1);
        ((string)(await reader.DeserializeAsync(second, false, context))["note"]).Should().Be("note 2");
    }

    private static GenericRecord Thing(RecordSchema schema, long id)
    {
        var record = new GenericRecord(schema);
        record.Add("id", id);
        if (schema.Fields.Any(f => f.Name == "note"))
        {
            record.Add("note", $"note {id}");
        }

        if (schema.Fields.Any(f => f.Name == "size"))
        {
            record.Add("size", 1);
        }

        return record;
    }

    private async Task<RegistryProcess> StartRegistryAsync()
    {
        var store = stack.UniqueName("_schemas-interop");
        await stack.CreateTopicAsync(store, 1);
        var registry = RegistryProcess.Start(stack.BootstrapServers, store);
        await registry.WaitUntilReadyAsync();
        return registry;
    }
}
