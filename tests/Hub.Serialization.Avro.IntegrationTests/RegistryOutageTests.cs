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

        var failure = (await decode.Should().ThrowAsync<TransientEventException>()).Which;
        failure.Should().NotBeAssignableTo<EventDecodeException>("an outage must be retried, not dead-lettered");
        failure.Message.Should().Contain("Could not fetch schema id");
    }
}
