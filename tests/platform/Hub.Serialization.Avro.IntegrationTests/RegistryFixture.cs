using Confluent.SchemaRegistry;
using Hub.Serialization.Avro.Registry;
using Hub.Testing;

namespace Hub.Serialization.Avro.IntegrationTests;

/// <summary>One registry process per test class, on its own storage topic, so classes never see each other's subjects.</summary>
public sealed class RegistryFixture(StackFixture stack) : IAsyncLifetime
{
    private SchemaRegistryProcess? _registry;

    public SchemaRegistryProcess Registry => _registry ?? throw new InvalidOperationException("the registry has not started");

    public async ValueTask InitializeAsync()
    {
        _registry = await StartRegistryAsync(stack);
    }

    public async ValueTask DisposeAsync()
    {
        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }
    }

    /// <summary>A client as services build it, with retries kept short so a failing test fails quickly.</summary>
    public CachedSchemaRegistryClient Client() => CreateClient(Registry.BaseAddress);

    public static CachedSchemaRegistryClient CreateClient(Uri registry) => SchemaRegistryClients.Create(new SchemaRegistryOptions
    {
        Url = registry.ToString(),
        RequestTimeout = TimeSpan.FromSeconds(5),
    });

    /// <summary>A registry of the caller's own, ready to answer, on a fresh single-partition topic.</summary>
    public static Task<SchemaRegistryProcess> StartRegistryAsync(StackFixture stack) => SchemaRegistryProcess.StartReadyAsync(stack, "serde");
}
