using Hub.Testing;

namespace Erp.Connector.IntegrationTests;

/// <summary>One schema registry process per test class, on its own storage topic.</summary>
public sealed class RegistryFixture(StackFixture stack) : IAsyncLifetime
{
    private SchemaRegistryProcess? _registry;

    public Uri Url => (_registry ?? throw new InvalidOperationException("the registry has not started")).BaseAddress;

    public async ValueTask InitializeAsync()
    {
        _registry = await SchemaRegistryProcess.StartReadyAsync(stack, "erp");
    }

    public async ValueTask DisposeAsync()
    {
        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }
    }
}
