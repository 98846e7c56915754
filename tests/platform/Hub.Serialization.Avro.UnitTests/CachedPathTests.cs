using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Contracts;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using EventSerializationContext = Hub.Messaging.Serialization.SerializationContext;

namespace Hub.Serialization.Avro.UnitTests;

/// <summary>
/// The cached paths repeat what Confluent's serdes did for a topic or schema id: same bytes, same values, same
/// failure reasons, and no registry question per value once learned.
/// </summary>
public class CachedPathTests
{
    private readonly InMemorySchemaRegistry _registry = new();

    [Fact]
    public async Task Serialize_AfterTheFirstValue_WritesExactlyWhatConfluentsSerializerWrites()
    {
        var serializer = SerdeFactory.Serializer<OrderPlaced>(_registry);
        var confluent = new AvroSerializer<OrderPlaced>(_registry, new AvroSerializerConfig { SubjectNameStrategy = SubjectNameStrategy.Topic });
        var context = new EventSerializationContext("canonical.order.placed");

        for (var i = 1; i <= 20; i++)
        {
            var order = CanonicalSamples.Order(i);
            var ours = await serializer.SerializeAsync(order, context, default);
            var theirs = await confluent.SerializeAsync(order, new Confluent.Kafka.SerializationContext(MessageComponentType.Value, context.Topic));
            ours.Should().Equal(theirs, $"order {i} must be framed and encoded as Confluent frames it");
        }

        serializer.CachedPath.NeedsLearning(context).Should().BeFalse("the topic was learned from Confluent's first value");
    }

    [Fact]
    public async Task Serialize_EachTopicIsLearnedFromItsOwnFirstValue()
    {
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry);
        var first = new EventSerializationContext("canonical.customer.upserted");
        var second = new EventSerializationContext("canonical.customer.upserted.mirror");

        var one = await serializer.SerializeAsync(Samples.Customer(), first, default);
        var two = await serializer.SerializeAsync(Samples.Customer(), second, default);
        var again = await serializer.SerializeAsync(Samples.Customer(), second, default);

        one[..5].Should().NotEqual(two[..5], "each topic's subject has its own id");
        again.Should().Equal(two);
    }

    [Fact]
    public async Task Serialize_UseLatestVersion_AsksConfluentAgainOnceTheLatestVersionCacheExpires()
    {
        var time = new FakeTimeProvider();
        var context = new EventSerializationContext("canonical.customer.upserted");
        _registry.Register("canonical.customer.upserted-value", Samples.Customer().Schema.ToString());
        var options = new AvroSerdeOptions { AutoRegisterSchemas = false, UseLatestVersion = true, LatestVersionCacheTtl = TimeSpan.FromMinutes(1) };
        var serializer = new ConfluentAvroSerializer<CustomerUpserted>(_registry, Options.Create(options), time);

        await serializer.SerializeAsync(Samples.Customer(), context, default);
        serializer.CachedPath.NeedsLearning(context).Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(61));
        serializer.CachedPath.NeedsLearning(context).Should().BeTrue("a new latest version must be picked up as Confluent's cache would pick it up");
        await serializer.SerializeAsync(Samples.Customer(), context, default);
        serializer.CachedPath.NeedsLearning(context).Should().BeFalse();
    }

    [Fact]
    public async Task Deserialize_AfterTheFirstValue_ReadsWithoutAskingTheRegistryAgain()
    {
        var context = SerdeFactory.Context;
        var serializer = SerdeFactory.Serializer<CustomerUpserted>(_registry);
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(_registry);
        await deserializer.DeserializeAsync(await serializer.SerializeAsync(Samples.Customer("first"), context, default), context, default);
        var asked = _registry.GetByIdCalls;

        for (var i = 0; i < 50; i++)
        {
            var sent = Samples.Customer($"customer {i} Zoë");
            var copy = await deserializer.DeserializeAsync(await serializer.SerializeAsync(sent, context, default), context, default);
            copy.Should().BeEquivalentTo(sent, o => o.Excluding(c => c.Schema));
        }

        // Confluent's deserializer asks the client for the writer schema on every value; the cached path does not.
        _registry.GetByIdCalls.Should().Be(asked);
    }

    public static TheoryData<string> Corruptions() => ["cut-after-header", "cut-one-short", "huge-length", "not-a-uuid", "unknown-id", "magic"];

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task Deserialize_LearnedSchemaId_CorruptValueGetsTheReasonConfluentsPathGives(string corruption)
    {
        var valid = await SerdeFactory.Serializer<CustomerUpserted>(_registry).SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);
        var corrupt = Corrupt(valid, corruption);
        var learned = new ConfluentAvroDeserializer<CustomerUpserted>(_registry);
        await learned.DeserializeAsync(valid, SerdeFactory.Context, default);

        var throughConfluent = await Failure(new ConfluentAvroDeserializer<CustomerUpserted>(_registry), corrupt);
        var throughCache = await Failure(learned, corrupt);

        throughCache.Should().BeOfType(throughConfluent.GetType());
        ((EventDecodeException)throughCache).ReasonCode.Should().Be(((EventDecodeException)throughConfluent).ReasonCode);
    }

    [Fact]
    public async Task Deserialize_LearnedSchemaId_CorruptValueFaultsTheTaskInsteadOfThrowing()
    {
        var valid = await SerdeFactory.Serializer<CustomerUpserted>(_registry).SerializeAsync(Samples.Customer(), SerdeFactory.Context, default);
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(_registry);
        await deserializer.DeserializeAsync(valid, SerdeFactory.Context, default);

        var task = deserializer.DeserializeAsync(valid.AsMemory(0, 20), SerdeFactory.Context, default);

        task.IsFaulted.Should().BeTrue("the cached path reads synchronously and reports through the task");
        await FluentActions.Awaiting(async () => await task).Should().ThrowAsync<TruncatedPayloadException>();
    }

    [Fact]
    public async Task RegisteredSchemas_RulesOrReferences_AreNeverRepeatedFromACache()
    {
        var schema = Samples.Customer().Schema.ToString();
        var plain = _registry.Add(schema);
        var withRule = _registry.Add(schema, new RuleSet([], [new Rule("mask", RuleKind.Transform, RuleMode.Read, "ENCRYPT", null, null)]));
        var withReference = _registry.Add(schema, null, [new SchemaReference("Address", "address-value", 1)]);

        (await RegisteredSchemas.PlainAvroAsync(_registry, null, plain)).Should().NotBeNull();
        (await RegisteredSchemas.PlainAvroAsync(_registry, null, withRule)).Should().BeNull("Confluent's serde runs the rule");
        (await RegisteredSchemas.PlainAvroAsync(_registry, null, withReference)).Should().BeNull();
    }

    [Fact]
    public async Task RegisteredSchemas_AnotherSchemaUnderTheId_IsNotTheCompiledOne()
    {
        var older = _registry.Add(Samples.CustomerV1Schema);

        (await RegisteredSchemas.IsPlainAvroAsync(_registry, null, older, Samples.Customer().Schema)).Should().BeFalse();
        (await RegisteredSchemas.IsPlainAvroAsync(_registry, null, _registry.Add(Samples.Customer().Schema.ToString()), Samples.Customer().Schema)).Should().BeTrue();
    }

    private static byte[] Corrupt(byte[] valid, string corruption) => corruption switch
    {
        "cut-after-header" => valid[..6],
        "cut-one-short" => valid[..^1],
        "huge-length" => [.. valid[..5], 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, .. valid[6..]],
        "not-a-uuid" => [.. valid[..6], .. Enumerable.Repeat((byte)'z', 36), .. valid[42..]],
        "unknown-id" => [0, 0, 0, 0x77, 0x77, .. valid[5..]],
        "magic" => [0x7b, .. valid[1..]],
        _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
    };

    private static async Task<Exception> Failure(ConfluentAvroDeserializer<CustomerUpserted> deserializer, byte[] value)
    {
        var thrown = await FluentActions.Awaiting(async () => await deserializer.DeserializeAsync(value, SerdeFactory.Context, default))
            .Should().ThrowAsync<EventDecodeException>();
        return thrown.Which;
    }
}
