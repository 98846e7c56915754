using Hub.Identity;

namespace Hub.Testing.Connectors;

/// <summary>
/// One <see cref="ConnectorStack"/> shared by a test class or collection, on a hub of its own: started after the hub,
/// stopped before it. A connector's fixture derives from it with its options and adds its sandbox's clients.
/// </summary>
public abstract class ConnectorFixture(StackFixture stack, ConnectorStackOptions options) : ConnectorHubFixture(stack, options.System.ToLowerInvariant())
{
    private ConnectorStack? _run;

    public ConnectorStack Run => _run ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The connector's Redis key prefix.</summary>
    public string Prefix => Run.Prefix;

    /// <summary>The connector's address.</summary>
    public HttpClient Connector => Run.ConnectorClient;

    /// <summary>The cross-reference the connector writes to.</summary>
    public CrossReferenceStore CrossReference => Hub.CrossReference(Prefix);

    /// <summary>Every process's output, for failure messages.</summary>
    public string Output => _run?.Output ?? string.Empty;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        try
        {
            _run = await ConnectorStack.StartAsync(Hub, options);
            await OnStartedAsync(_run);
        }
        catch
        {
            // Nothing started may outlive a fixture that failed half-way (disposing twice is harmless).
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Polls until the condition holds; on timeout the message carries the services' output.</summary>
    public Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) => Run.UntilAsync(condition, what, timeout);

    public override async ValueTask DisposeAsync()
    {
        if (_run is { } run)
        {
            _run = null;
            await run.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>What the connector's fixture does once its services run: its sandbox clients, webhook targets.</summary>
    protected virtual Task OnStartedAsync(ConnectorStack run) => Task.CompletedTask;
}
