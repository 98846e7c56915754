using System.Net;
using Hub.Contracts;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro.IntegrationTests;

public sealed class RegistryRoundTripTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>, IDisposable
{
    private readonly SchemaRegistryClient _client = fixture.Client();

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
        var registered = await reader.GetLatestSchemaAsync(Serde.Subject(context), Ct);
        registered.Version.Should().Be(1);
        bytes[1..5].Should().Equal(BitConverter.GetBytes(registered.Id).Reverse(), "the header carries the registry's id, big-endian");
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
        (await reader.GetSchemaByIdAsync(ReadId(bytes), Ct)).Should().NotContain("preferredLanguage", "the writer schema is v1");
    }

    [Fact]
    public async Task RegisterSchemaAsync_IncompatibleSchema_ThrowsTypedConflict()
    {
        var subject = Serde.Subject(Serde.NewTopic());
        await _client.RegisterSchemaAsync(subject, CustomerSamples.V1Schema.ToString(), Ct);
        // v1 plus a field without a default: a reader of the new schema cannot read v1 data (BACKWARD refuses it).
        var incompatible = CustomerSamples.WithRequiredField("loyaltyTier");

        var register = () => _client.RegisterSchemaAsync(subject, incompatible, Ct);

        var refused = (await register.Should().ThrowAsync<SchemaRegistryException>()).Which;
        refused.ErrorCode.Should().Be(SchemaRegistryException.IncompatibleSchema);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        refused.IsTransient.Should().BeFalse("retrying an incompatible schema cannot help");
        refused.Message.Should().Contain("loyaltyTier");
        (await _client.GetSubjectVersionsAsync(subject, Ct)).Should().Equal(1);
    }

    [Fact]
    public async Task DeserializeAsync_UnknownSchemaId_ThrowsDecodeErrorWithReason()
    {
        var bytes = await Serde.Specific<CustomerUpserted>(_client).SerializeAsync(CustomerSamples.Current("cust-unknown"), Serde.NewTopic(), Ct);
        bytes[1] = 0x7f; // id ~2^31: no registry hands out that many ids

        var decode = async () => await new ConfluentAvroDeserializer<CustomerUpserted>(_client).DeserializeAsync(bytes, Serde.NewTopic(), Ct);

        (await decode.Should().ThrowAsync<UnknownSchemaIdException>()).Which.ReasonCode.Should().Be("unknown-schema-id");
    }

    public void Dispose() => _client.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int ReadId(byte[] bytes) => (bytes[1] << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4];
}
