using System.Buffers.Binary;
using Avro;
using Avro.Generic;
using Avro.IO;
using Hub.Contracts;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.Options;
using SubjectNameStrategy = Confluent.SchemaRegistry.SubjectNameStrategy;

namespace Hub.Serialization.Avro.UnitTests;

public class SerializerTests
{
    private readonly InMemorySchemaRegistry _registry = new();

    [Fact]
    public async Task SerializeAsync_SpecificEvent_WritesMagicByteBigEndianIdAndAvroBody()
    {
        var bytes = await SerdeFactory.Serializer<CustomerUpserted>(_registry).SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);

        bytes[0].Should().Be(0);
        bytes[1..5].Should().Equal(0x00, 0x00, 0x01, 0x02);
        using var body = new MemoryStream(bytes, 5, bytes.Length - 5);
        var record = new GenericDatumReader<GenericRecord>(CustomerUpserted.AvroSchema, CustomerUpserted.AvroSchema).Read(null!, new BinaryDecoder(body));
        record["displayName"].Should().Be("Ada Lovelace");
    }

    [Fact]
    public async Task SerializeAsync_RoundTrip_DeserializerReturnsAnEquivalentEvent()
    {
        var original = Samples.Customer();
        var bytes = await SerdeFactory.Serializer<CustomerUpserted>(_registry).SerializeAsync(original, SerdeFactory.Context, default);

        var copy = await new ConfluentAvroDeserializer<CustomerUpserted>(_registry).DeserializeAsync(bytes, SerdeFactory.Context, default);

        copy.Should().BeEquivalentTo(original, o => o.Excluding(c => c.Schema));
    }

    [Theory]
    [InlineData(SubjectNameStrategy.Topic, false, "canonical.customer.upserted-value")]
    [InlineData(SubjectNameStrategy.Topic, true, "canonical.customer.upserted-key")]
    [InlineData(SubjectNameStrategy.Record, false, "Hub.Contracts.CustomerUpserted")]
    [InlineData(SubjectNameStrategy.TopicRecord, false, "canonical.customer.upserted-Hub.Contracts.CustomerUpserted")]
    public async Task SerializeAsync_SubjectNameStrategy_RegistersUnderTheExpectedSubject(SubjectNameStrategy strategy, bool isKey, string subject)
    {
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry, o => o.SubjectNameStrategy = strategy);

        await serializer.SerializeAsync(Samples.Customer(), SerdeFactory.Context with { IsKey = isKey }, default);

        (await _registry.GetAllSubjectsAsync()).Should().Equal(subject);
    }

    [Fact]
    public async Task SerializeAsync_ManyValues_RegistersOnce()
    {
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry);

        for (var i = 0; i < 3; i++)
        {
            await serializer.SerializeAsync(Samples.Customer($"c{i}"), SerdeFactory.Context, default);
        }

        _registry.RegisterCalls.Should().Be(1);
    }

    [Fact]
    public async Task SerializeAsync_AutoRegisterOff_LooksUpTheRegisteredId()
    {
        var id = _registry.Register("canonical.customer.upserted-value", CustomerUpserted.AvroSchema.ToString());
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry, o => o.AutoRegisterSchemas = false);

        var bytes = await serializer.SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);

        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4)).Should().Be(id);
        _registry.RegisterCalls.Should().Be(0);
        _registry.LookupCalls.Should().Be(1);
    }

    [Fact]
    public async Task SerializeAsync_UseLatestVersionOlderThanTheType_WritesDataTheLatestSchemaReads()
    {
        var v1Id = _registry.Register("canonical.customer.upserted-value", Samples.CustomerV1Schema);
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry, o => { o.AutoRegisterSchemas = false; o.UseLatestVersion = true; });

        var bytes = await serializer.SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);

        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4)).Should().Be(v1Id);
        var copy = await new ConfluentAvroDeserializer<CustomerUpserted>(_registry).DeserializeAsync(bytes, SerdeFactory.Context, default);
        copy.DisplayName.Should().Be("Ada Lovelace");
        copy.PreferredLanguage.Should().BeNull("v1 has no such field, so the projection dropped it");
    }

    [Fact]
    public async Task SerializeAsync_PinnedSchemaId_WritesThatIdEvenWhenANewerVersionIsRegistered()
    {
        var pinned = _registry.Register("canonical.customer.upserted-value", CustomerUpserted.AvroSchema.ToString());
        _registry.Register("canonical.customer.upserted-value", Samples.CustomerV1Schema);
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry, o => { o.AutoRegisterSchemas = false; o.UseSchemaId = pinned; });

        for (var i = 0; i < 3; i++)
        {
            var bytes = await serializer.SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4)).Should().Be(pinned);
        }

        _registry.RegisterCalls.Should().Be(0);
    }

    [Fact]
    public async Task SerializeAsync_TwoTopicsInTurn_WritesEachTopicsSchemaId()
    {
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry);
        var first = new SerializationContext("crm.customers");
        var second = new SerializationContext("shop.customers");

        var ids = new List<int>();
        foreach (var context in new[] { first, second, first, second with { IsKey = true }, second })
        {
            var bytes = await serializer.SerializeAsync(Samples.Customer(), context, default);
            ids.Add(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4)));
        }

        var expected = new[] { "crm.customers-value", "shop.customers-value", "crm.customers-value", "shop.customers-key", "shop.customers-value" }
            .Select(subject => _registry.Register(subject, CustomerUpserted.AvroSchema.ToString()));
        ids.Should().Equal(expected);
        _registry.RegisterCalls.Should().Be(3, "each (topic, key or value) is resolved once");
    }

    [Fact]
    public async Task SerializeAsync_FromManyThreadsAtOnce_EveryFrameHoldsItsOwnValue()
    {
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry);
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(_registry);
        await serializer.SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);

        var names = await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                var name = $"customer {thread}-{i}" + new string('x', i % 300);
                var bytes = await serializer.SerializeAsync(Samples.Customer(name), SerdeFactory.Context, default);
                var copy = await deserializer.DeserializeAsync(bytes, SerdeFactory.Context, default);
                if (copy.DisplayName != name)
                {
                    return copy.DisplayName;
                }
            }

            return "ok";
        })));

        names.Should().AllBe("ok");
    }

    [Fact]
    public async Task SerializeAsync_AfterAValueLargerThanTheReusedBuffer_WritesExactFrames()
    {
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry);
        var small = await serializer.SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);

        var large = await serializer.SerializeAsync(Samples.Customer(new string('a', 200_000)), SerdeFactory.Context, default);
        var smallAgain = await serializer.SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);

        large.Length.Should().BeGreaterThan(200_000);
        smallAgain.Should().Equal(small);
    }

    [Fact]
    public async Task SerializeAsync_NullValue_FaultsTheTaskInsteadOfThrowing()
    {
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry);

        var task = serializer.SerializeAsync(null!, SerdeFactory.Context, default);

        task.IsFaulted.Should().BeTrue();
        await FluentActions.Awaiting(async () => await task).Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task GenericSerializer_GenericRecord_IsReadableByTheGenericDeserializer()
    {
        var schema = (RecordSchema)Schema.Parse("""{"type":"record","name":"Ping","namespace":"Hub.Tests","fields":[{"name":"n","type":"int"}]}""");
        var record = new GenericRecord(schema);
        record.Add("n", 42);
        var serializer = new GenericAvroSerializer(_registry, Options.Create(new AvroSerdeOptions()));

        var bytes = await serializer.SerializeAsync(record, new SerializationContext("tools.ping"), default);
        var copy = await new GenericAvroDeserializer(_registry).DeserializeAsync(bytes, new SerializationContext("tools.ping"), default);

        copy["n"].Should().Be(42);
        copy.Schema.Fullname.Should().Be("Hub.Tests.Ping");
    }
}
