using Hub.Contracts;
using Hub.Messaging.Errors;
using Hub.Messaging.Serialization;
using Hub.Testing;

namespace Hub.Serialization.Avro.IntegrationTests;

/// <summary>Stops a registry of its own, so the other classes' registries are not affected.</summary>
public sealed class RegistryOutageTests(StackFixture stack)
{
    [Fact]
    public async Task DeserializeAsync_RegistryStoppedAndIdNotCached_ThrowsTransientNotDecodeError()
    {
        var context = Serde.NewTopic();
        await using var registry = await RegistryFixture.StartRegistryAsync(stack);
        byte[] bytes;
        using (var writer = RegistryFixture.CreateClient(registry.BaseAddress))
        {
            bytes = await Serde.Specific<CustomerUpserted>(writer).SerializeAsync(CustomerSamples.Current("cust-outage"), context, TestContext.Current.CancellationToken);
        }

        await registry.StopAsync();
        using var reader = RegistryFixture.CreateClient(registry.BaseAddress);
        var decode = async () => await new ConfluentAvroDeserializer<CustomerUpserted>(reader).DeserializeAsync(bytes, context, TestContext.Current.CancellationToken);

        var failure = (await decode.Should().ThrowAsync<SchemaRegistryUnavailableException>()).Which;
        failure.Should().BeAssignableTo<TransientEventException>().And.NotBeAssignableTo<EventDecodeException>("an outage must be retried, not dead-lettered");
    }

    [Fact]
    public async Task DeserializeAsync_RegistryStoppedAfterTheIdWasRead_DecodesFromTheClientsCache()
    {
        var context = Serde.NewTopic();
        await using var registry = await RegistryFixture.StartRegistryAsync(stack);
        using var client = RegistryFixture.CreateClient(registry.BaseAddress);
        var bytes = await Serde.Specific<CustomerUpserted>(client).SerializeAsync(CustomerSamples.Current("cust-cached"), context, TestContext.Current.CancellationToken);
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(client);
        await deserializer.DeserializeAsync(bytes, context, TestContext.Current.CancellationToken);

        await registry.StopAsync();
        var copy = await deserializer.DeserializeAsync(bytes, context, TestContext.Current.CancellationToken);

        copy.Envelope.EntityId.Should().Be("cust-cached", "a schema id, once fetched, is not asked for again");
    }
}
