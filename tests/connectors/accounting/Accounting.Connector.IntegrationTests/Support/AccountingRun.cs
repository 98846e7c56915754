using System.Net.Http.Json;
using System.Text.Json;
using Hub.Sandboxes;
using Hub.Testing;

namespace Accounting.Connector.IntegrationTests.Support;

/// <summary>
/// One accounting sandbox and one accounting connector (separate processes) for one test, with its own input topics,
/// consumer groups and Redis prefix; the connector publishes to the real canonical output topics.
/// </summary>
public sealed class AccountingRun : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = null };

    private readonly ServiceProcess _sandbox;
    private readonly ServiceProcess _connector;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly List<ServiceProcess> _extra = [];

    private AccountingRun(string id, ServiceProcess sandbox, ServiceProcess connector, IReadOnlyDictionary<string, string> settings)
    {
        Id = id;
        _sandbox = sandbox;
        _connector = connector;
        _settings = settings;
        Sandbox = Hub.DevStack.XeroSandboxAccess.Authorize(new HttpClient { BaseAddress = sandbox.BaseAddress });
        Controls = new SandboxControlClient(Sandbox);
    }

    public string Id { get; }

    public string Prefix => $"acc-it-{Id}";

    public string OrdersTopic => $"acc.{Id}.orders";

    public string CustomersTopic => $"acc.{Id}.customers";

    public string OrdersGroup => $"acc-{Id}.orders";

    public string CustomersGroup => $"acc-{Id}.customers";

    /// <summary>Where this run's connector reads `hub revert` requests (hub revert --requests-topic).</summary>
    public string RevertsTopic => $"acc.{Id}.reverts";

    public HttpClient Sandbox { get; }

    /// <summary>The connector process started with the run.</summary>
    public ServiceProcess Connector => _connector;

    public SandboxControlClient Controls { get; }

    public string Output => $"connector:{Environment.NewLine}{_connector.Output}{Environment.NewLine}sandbox:{Environment.NewLine}{_sandbox.Output}";

    public static async Task<AccountingRun> StartAsync(AccountingFixture fixture, bool polling = false)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var stack = fixture.Stack;
        // Retry and dead-letter topics too: a consumer subscribed before its topic exists sees it only after a metadata refresh.
        foreach (var topic in new[] { $"acc.{id}.orders", $"acc.{id}.customers", $"acc-{id}.orders.retry", $"acc-{id}.customers.retry", $"acc-{id}.orders.dlq", $"acc-{id}.customers.dlq",
            $"acc.{id}.reverts", $"acc-{id}.reverts.retry", $"acc-{id}.reverts.dlq" })
        {
            await stack.CreateTopicAsync(topic, 2);
        }

        var sandbox = ServiceProcess.StartDotnet("the accounting sandbox", ServiceProcess.BuiltDll("Accounting.Sandbox"), new Dictionary<string, string>
        {
            ["AccountingSandbox__MinuteLimit"] = Hub.DevStack.XeroSandboxAccess.LoadTestMinuteLimit,
            ["AccountingSandbox__DayLimit"] = Hub.DevStack.XeroSandboxAccess.LoadTestDayLimit,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        });
        await sandbox.WaitForAsync("/health/live", "the sandbox to listen", TimeSpan.FromSeconds(60));
        var settings = ConnectorSettings(fixture, id, sandbox.BaseAddress, polling);
        var connector = ServiceProcess.StartDotnet("the accounting connector", ServiceProcess.BuiltDll("Accounting.Connector"), settings);
        var run = new AccountingRun(id, sandbox, connector, settings);
        try
        {
            await connector.WaitForAsync("/health/ready", "the connector to be ready", TimeSpan.FromSeconds(60));
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another instance of the same connector (same groups, prefix and sandbox), stopped with the run.</summary>
    public async Task<ServiceProcess> StartAnotherConnectorAsync()
    {
        var connector = ServiceProcess.StartDotnet($"accounting connector #{_extra.Count + 2}", ServiceProcess.BuiltDll("Accounting.Connector"), _settings);
        _extra.Add(connector);
        await connector.WaitForAsync("/health/ready", "the other connector to be ready", TimeSpan.FromSeconds(60));
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

    /// <summary>Waits for <paramref name="condition"/>; on timeout the message carries both processes' output.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        try
        {
            await Eventually.UntilAsync(condition, what, timeout ?? TimeSpan.FromSeconds(45), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            var requests = string.Join(Environment.NewLine, (await Controls.GetRequestsAsync()).Select(r => $"{r.At:HH:mm:ss.fff} {r.Method} {r.Path} {r.Status} {r.IdempotencyKey} {r.Note}"));
            throw new TimeoutException($"{e.Message}{Environment.NewLine}{Output}{Environment.NewLine}sandbox requests:{Environment.NewLine}{requests}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        foreach (var extra in _extra)
        {
            await extra.DisposeAsync();
        }

        await _connector.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private async Task<List<JsonElement>> ListAsync(string path, string collection)
    {
        var body = await Sandbox.GetFromJsonAsync<JsonElement>(path, Json);
        return [.. body.GetProperty(collection).EnumerateArray()];
    }

    private static Dictionary<string, string> ConnectorSettings(AccountingFixture fixture, string id, Uri sandbox, bool polling)
    {
        var settings = new Dictionary<string, string>
        {
            ["Kafka__BootstrapServers"] = fixture.Stack.BootstrapServers,
            // The mock cluster answers an empty fetch only after fetch.wait.max.ms, even when data arrives meanwhile.
            ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
            ["Redis__Configuration"] = fixture.Stack.RedisConfiguration,
            ["Redis__KeyPrefix"] = $"acc-it-{id}",
            ["Identity__KeyPrefix"] = $"acc-it-{id}",
            ["SchemaRegistry__Url"] = fixture.RegistryAddress.ToString(),
            ["ExternalApis__accounting__BaseUrl"] = new Uri(sandbox, "/api.xro/2.0/").ToString(),
            ["ExternalApis__accounting__Timeout"] = "00:00:02",
            ["Accounting__TenantId"] = Hub.DevStack.XeroSandboxAccess.TenantId,
            ["Polling__accounting-payments__Enabled"] = polling ? "true" : "false",
            ["Polling__accounting-payments__Interval"] = "00:00:00.300",
            ["Polling__accounting-payments__Overlap"] = "00:00:05",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Hub"] = "Information",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (name, topic, group) in new[] { ("orders", $"acc.{id}.orders", $"acc-{id}.orders"), ("customers", $"acc.{id}.customers", $"acc-{id}.customers"), ("reverts", $"acc.{id}.reverts", $"acc-{id}.reverts") })
        {
            settings[$"Subscriptions__{name}__Topics__0"] = topic;
            settings[$"Subscriptions__{name}__GroupId"] = group;
            settings[$"Subscriptions__{name}__Retry__InProcessAttempts"] = "2";
            settings[$"Subscriptions__{name}__Retry__InProcessBaseDelay"] = "00:00:00.050";
            settings[$"Subscriptions__{name}__Retry__InProcessMaxDelay"] = "00:00:00.200";
            settings[$"Subscriptions__{name}__Retry__RetryTopicBaseDelay"] = "00:00:00.300";
            settings[$"Subscriptions__{name}__Retry__RetryTopicMaxDelay"] = "00:00:01";
            settings[$"Subscriptions__{name}__CircuitBreaker__Enabled"] = "false";
        }

        return settings;
    }
}
