using System.Net;
using Hub.Contracts;
using Confluent.SchemaRegistry;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro.IntegrationTests;

public sealed class RegistryRoundTripTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>, IDisposable
{
    private readonly CachedSchemaRegistryClient _client = fixture.Client();

    [Fact]
    public async Task SerializeAsync_GeneratedEventWithAutoRegister_RegistersAndRoundTrips()
    {
        var context = Serde.NewTopic();
        var original = CustomerSamples.Current("cust-rt");

        var bytes = await Serde.Specific<CustomerUpserted>(_client).SerializeAsync(original, context, Ct);
        // A second client has no cache: the schema really comes from the registry by id.
        using var reader = fixture.Client();
        var copy = await new ConfluentAvroDeserializer<CustomerUpserted>(reader).DeserializeAsync(bytes, context, Ct);

        copy.Should().BeEquivalentTo(original, o => o.Excluding(c => c.Schema));
        var registered = await reader.GetLatestSchemaAsync(Serde.Subject(context));
        registered.Version.Should().Be(1);
        bytes[1..5].Should().Equal(BitConverter.GetBytes(registered.Id).Reverse(), "the header carries the registry's id, big-endian");
    }

    [Fact]
    public async Task CachedPaths_OnConfluentsRegistryClient_LearnFromTheFirstValue()
    {
        var context = Serde.NewTopic();
        var serializer = Serde.Specific<CustomerUpserted>(_client);
        using var reader = fixture.Client();
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(reader);

        var first = await serializer.SerializeAsync(CustomerSamples.Current("cust-learn-1"), context, Ct);
        await deserializer.DeserializeAsync(first, context, Ct);
        var sent = CustomerSamples.Current("cust-learn-2");
        var second = await serializer.SerializeAsync(sent, context, Ct);
        var copy = await deserializer.DeserializeAsync(second, context, Ct);

        // With CachedSchemaRegistryClient against a real registry (not the test fake), both sides take the cached path.
        serializer.CachedPath.NeedsLearning(context).Should().BeFalse("the serializer learned the topic from Confluent's first value");
        var id = (await reader.GetLatestSchemaAsync(Serde.Subject(context))).Id;
        deserializer.CachedPath.HasReaderFor(id).Should().BeTrue("the deserializer learned the schema id from Confluent's first read");
        second[..5].Should().Equal(first[..5]);
        copy.Should().BeEquivalentTo(sent, o => o.Excluding(c => c.Schema));
    }

    [Fact]
    public async Task DeserializeAsync_V1WriterGenericRecord_ReadsIntoV2Class()
    {
        var context = Serde.NewTopic();
        var eventId = Guid.NewGuid();

        var bytes = await Serde.Generic(_client).SerializeAsync(CustomerSamples.V1(eventId, "cust-v1"), context, Ct);
        using var reader = fixture.Client();
        var customer = await new ConfluentAvroDeserializer<CustomerUpserted>(reader).DeserializeAsync(bytes, context, Ct);

        customer.Envelope.EventId.Should().Be(eventId);
        customer.Envelope.SchemaVersion.Should().Be(1);
        customer.Envelope.OccurredAt.Should().Be(CustomerSamples.OccurredAt);
        customer.DisplayName.Should().Be("Ada Lovelace");
        customer.Kind.Should().Be(CustomerKind.Person);
        customer.Addresses.Should().ContainSingle().Which.City.Should().Be("Berlin");
        customer.PreferredLanguage.Should().BeNull("v1 has no preferredLanguage, and v2's default is null");
        customer.MarketingConsent.Should().BeNull();
        (await reader.GetSchemaAsync(ReadId(bytes))).SchemaString.Should().NotContain("preferredLanguage", "the writer schema is v1");
    }

    [Fact]
    public async Task RegisterSchemaAsync_IncompatibleSchema_ThrowsTypedConflict()
    {
        var subject = Serde.Subject(Serde.NewTopic());
        await _client.RegisterSchemaAsync(subject, Avro(CustomerSamples.V1Schema.ToString()));
        // v1 plus a field without a default: a reader of the new schema cannot read v1 data (BACKWARD refuses it).
        var incompatible = CustomerSamples.WithRequiredField("loyaltyTier");

        var register = () => _client.RegisterSchemaAsync(subject, Avro(incompatible));

        var refused = (await register.Should().ThrowAsync<SchemaRegistryException>()).Which;
        refused.ErrorCode.Should().Be(RegistryErrorCodes.IncompatibleSchema);
        refused.Status.Should().Be(HttpStatusCode.Conflict);
        RegistryFailures.IsUnavailable(refused).Should().BeFalse("retrying an incompatible schema cannot help");
        refused.Message.Should().Contain("loyaltyTier");
        (await _client.GetSubjectVersionsAsync(subject)).Should().Equal(1);
    }

    [Fact]
    public async Task DeserializeAsync_UnknownSchemaId_ThrowsDecodeErrorWithReason()
    {
        var bytes = await Serde.Specific<CustomerUpserted>(_client).SerializeAsync(CustomerSamples.Current("cust-unknown"), Serde.NewTopic(), Ct);
        bytes[1] = 0x7f; // id ~2^31: no registry hands out that many ids

        var decode = async () => await new ConfluentAvroDeserializer<CustomerUpserted>(_client).DeserializeAsync(bytes, Serde.NewTopic(), Ct);

        (await decode.Should().ThrowAsync<UnknownSchemaIdException>()).Which.ReasonCode.Should().Be("unknown-schema-id");
    }

    [Fact]
    public async Task SerializeAsync_AutoRegisterOffUseLatestV1_WritesV1IdAndTheV2ClassReadsIt()
    {
        var context = Serde.NewTopic();
        var v1Id = await _client.RegisterSchemaAsync(Serde.Subject(context), Avro(CustomerSamples.V1Schema.ToString()));
        var serializer = Serde.Specific<CustomerUpserted>(_client, new AvroSerdeOptions { AutoRegisterSchemas = false, UseLatestVersion = true });

        var bytes = await serializer.SerializeAsync(CustomerSamples.Current("cust-latest"), context, Ct);

        ReadId(bytes).Should().Be(v1Id, "the producer writes with the subject's latest version, not its own schema");
        (await _client.GetSubjectVersionsAsync(Serde.Subject(context))).Should().Equal([1], "nothing was registered");
        using var reader = fixture.Client();
        var copy = await new ConfluentAvroDeserializer<CustomerUpserted>(reader).DeserializeAsync(bytes, context, Ct);
        copy.DisplayName.Should().Be("Analytical Engines Ltd");
        copy.PreferredLanguage.Should().BeNull("v1 has no such field, so the value was written without it");
    }

    [Fact]
    public async Task SerializeAsync_AutoRegisterOffSchemaNotRegistered_FailsWithoutRegistering()
    {
        var context = Serde.NewTopic();
        await _client.RegisterSchemaAsync(Serde.Subject(context), Avro(CustomerSamples.V1Schema.ToString()));
        var serializer = Serde.Specific<CustomerUpserted>(_client, new AvroSerdeOptions { AutoRegisterSchemas = false });

        var serialize = async () => await serializer.SerializeAsync(CustomerSamples.Current("cust-lookup"), context, Ct);

        (await serialize.Should().ThrowAsync<SchemaRegistryException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
        (await _client.GetSubjectVersionsAsync(Serde.Subject(context))).Should().Equal([1]);
    }

    public void Dispose() => _client.Dispose();

    private static Schema Avro(string schema) => new(schema, SchemaType.Avro);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int ReadId(byte[] bytes) => (bytes[1] << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4];
}
