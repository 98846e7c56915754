using Confluent.SchemaRegistry;
using Hub.Serialization.Avro;
using Hub.Resilience.UnitTests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Resilience.UnitTests;

/// <summary>"schema-registry": every call of the registry client AddAvroSerialization registers.</summary>
public sealed class SchemaRegistryPipelineTests : IAsyncLifetime
{
    private StubRegistry _registry = null!;

    public async ValueTask InitializeAsync() => _registry = await StubRegistry.StartAsync();

    public async ValueTask DisposeAsync() => await _registry.DisposeAsync();

    [Theory]
    [InlineData(null, 3)]
    [InlineData("0", 1)]
    [InlineData("4", 5)]
    public async Task GetSchemaAsync_RegistryUnavailable_TriedAsTheSectionSays(string? attempts, int expectedRequests)
    {
        using var provider = Build(attempts);

        var act = () => provider.GetRequiredService<ISchemaRegistryClient>().GetSchemaAsync(7);

        (await act.Should().ThrowAsync<SchemaRegistryException>()).Which.ErrorCode.Should().Be(50301);
        _registry.Requests.Should().Be(expectedRequests);
    }

    [Fact]
    public async Task GetSchemaAsync_UnknownId_NotRetried()
    {
        _registry.Status = StatusCodes.Status404NotFound;
        using var provider = Build("4");

        var act = () => provider.GetRequiredService<ISchemaRegistryClient>().GetSchemaAsync(7);

        await act.Should().ThrowAsync<SchemaRegistryException>();
        _registry.Requests.Should().Be(1, "a registry's 'no' does not change by asking again");
    }

    /// <summary>As a service registers it: AddAvroSerialization with the host's configuration (no waits between tries here).</summary>
    private ServiceProvider Build(string? attempts)
    {
        var (services, configuration, _) = TestServices.Create(new()
        {
            ["SchemaRegistry:Url"] = _registry.Url,
            ["Resilience:schema-registry:MaxRetryAttempts"] = attempts,
            ["Resilience:schema-registry:Delay"] = "00:00:00",
        });
        services.AddAvroSerialization(configuration);
        return services.BuildServiceProvider();
    }
}
