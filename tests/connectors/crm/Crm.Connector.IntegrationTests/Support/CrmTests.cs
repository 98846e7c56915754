namespace Crm.Connector.IntegrationTests;

/// <summary>
/// What every CRM test class does around its tests: one <see cref="CrmStack"/> per class, the sandbox healed and its
/// webhooks pointed at the connector again before each test, and the canonical topics at hand.
/// </summary>
public abstract class CrmTests : IClassFixture<CrmStack>, IAsyncLifetime
{
    protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    protected CrmTests(CrmStack crm)
    {
        ArgumentNullException.ThrowIfNull(crm);
        Crm = crm;
        Topic = new CanonicalTopic(crm.Stack, crm.RegistryUrl);
    }

    protected CrmStack Crm { get; }

    protected CanonicalTopic Topic { get; }

    public async ValueTask InitializeAsync()
    {
        await Crm.Control.HealAsync();
        await Crm.PointWebhooksAtConnectorAsync();
    }

    public ValueTask DisposeAsync()
    {
        Topic.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
