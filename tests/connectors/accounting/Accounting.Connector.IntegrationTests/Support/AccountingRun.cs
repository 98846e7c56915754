using System.Net.Http.Json;
using System.Text.Json;
using Hub.DevStack;
using Hub.Sandboxes;
using Hub.Testing.Connectors;

namespace Accounting.Connector.IntegrationTests.Support;

/// <summary>
/// One accounting sandbox and one accounting connector (separate processes) for one test, with its own input topics,
/// consumer groups and Redis prefix (<see cref="ConnectorStack"/>); the connector publishes to the real canonical
/// output topics.
/// </summary>
public sealed class AccountingRun : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = null };

    private const string PollingEnabled = "Polling__accounting-payments__Enabled";

    private static readonly ConnectorStackOptions Setup = new()
    {
        System = "Accounting",
        Partitions = 2,
        Topics = ["orders", "customers", "reverts"],
        Subscriptions =
        [
            ConnectorSubscription.Fast("orders") with { InProcessAttempts = 2 },
            ConnectorSubscription.Fast("customers") with { InProcessAttempts = 2 },
            new ConnectorSubscription("reverts"),
        ],
        ConnectorReadyPath = "/health/ready",
        WaitTimeout = TimeSpan.FromSeconds(45),
        SandboxSettings = new Dictionary<string, string>
        {
            ["AccountingSandbox__MinuteLimit"] = XeroSandboxAccess.LoadTestMinuteLimit,
            ["AccountingSandbox__DayLimit"] = XeroSandboxAccess.LoadTestDayLimit,
        },
        ConnectorSettings = run => new Dictionary<string, string>
        {
            ["ExternalApis__accounting__BaseUrl"] = new Uri(run.Sandbox.BaseAddress, "/api.xro/2.0/").ToString(),
            ["ExternalApis__accounting__Timeout"] = "00:00:02",
            ["Accounting__TenantId"] = XeroSandboxAccess.TenantId,
            [PollingEnabled] = "false",
            ["Polling__accounting-payments__Interval"] = "00:00:00.300",
            ["Polling__accounting-payments__Overlap"] = "00:00:05",
            ["Logging__LogLevel__Hub"] = "Information",
        },
        Diagnostics = async run => "sandbox requests:" + Environment.NewLine + string.Join(
            Environment.NewLine,
            (await run.Control.GetRequestsAsync()).Select(r => $"{r.At:HH:mm:ss.fff} {r.Method} {r.Path} {r.Status} {r.IdempotencyKey} {r.Note}")),
    };

    private readonly ConnectorStack _run;

    private AccountingRun(ConnectorStack run)
    {
        _run = run;
        Sandbox = XeroSandboxAccess.Authorize(run.SandboxClient);
    }

    public string Id => _run.Id;

    public string Prefix => _run.Prefix;

    public string OrdersTopic => _run.Topic("orders");

    public string CustomersTopic => _run.Topic("customers");

    /// <summary>Where this run's connector reads `hub revert` requests (hub revert --requests-topic).</summary>
    public string RevertsTopic => _run.Topic("reverts");

    public string OrdersGroup => _run.Group("orders");

    public string CustomersGroup => _run.Group("customers");

    /// <summary>The sandbox's Xero API, authorized for the tenant.</summary>
    public HttpClient Sandbox { get; }

    /// <summary>The connector process started with the run.</summary>
    public ConnectorProcess Connector => _run.Connector;

    public SandboxControlClient Controls => _run.Control;

    public string Output => _run.Output;

    public static async Task<AccountingRun> StartAsync(AccountingFixture fixture, bool polling = false)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var settings = new Dictionary<string, string> { [PollingEnabled] = polling ? "true" : "false" };
        return new AccountingRun(await ConnectorStack.StartAsync(fixture.Hub, Setup, settings));
    }

    /// <summary>Another instance of the same connector (same groups, prefix and sandbox), stopped with the run.</summary>
    public async Task<ConnectorProcess> StartAnotherConnectorAsync()
    {
        var connector = _run.AnotherConnector();
        await connector.StartReadyAsync();
        return connector;
    }

    public async Task<List<JsonElement>> InvoicesAsync(string reference) =>
        await ListAsync($"/api.xro/2.0/Invoices?where={Uri.EscapeDataString($"Reference==\"{reference}\"")}", "Invoices");

    public async Task<List<JsonElement>> ContactsAsync(string contactNumber) =>
        await ListAsync($"/api.xro/2.0/Contacts?where={Uri.EscapeDataString($"ContactNumber==\"{contactNumber}\"")}", "Contacts");

    /// <summary>The sandbox's applied writes (a replayed Idempotency-Key adds none).</summary>
    public async Task<List<JsonElement>> WritesAsync(string kind) =>
        (await Sandbox.GetFromJsonAsync<List<JsonElement>>("/_sandbox/accounting/writes", Json) ?? [])
            .Where(w => w.GetProperty("Kind").GetString() == kind).ToList();

    public async Task RecordPaymentAsync(string invoiceNumber, decimal amount, string reference)
    {
        using var response = await Sandbox.PostAsJsonAsync("/_sandbox/accounting/payments", new { InvoiceNumber = invoiceNumber, Amount = amount, Reference = reference }, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits for <paramref name="condition"/>; on timeout the message carries both processes' output and the sandbox's requests.</summary>
    public Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) => _run.UntilAsync(condition, what, timeout);

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    private async Task<List<JsonElement>> ListAsync(string path, string collection)
    {
        var body = await Sandbox.GetFromJsonAsync<JsonElement>(path, Json);
        return [.. body.GetProperty(collection).EnumerateArray()];
    }
}
