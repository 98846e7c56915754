namespace Erp.Connector.IntegrationTests.Sandbox;

/// <summary>One sandbox process for a test class; its tests make records with names of their own.</summary>
public sealed class OdooSandboxFixture : IAsyncLifetime
{
    private OdooSandboxProcess? _odoo;

    public OdooSandboxProcess Odoo => _odoo ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync() => _odoo = await OdooSandboxProcess.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_odoo is not null)
        {
            await _odoo.DisposeAsync();
        }
    }
}
