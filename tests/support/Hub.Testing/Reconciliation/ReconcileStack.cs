using Hub.Identity;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Testing.Reconciliation;

/// <summary>
/// The CRM and ERP (and, when asked, accounting and legacy) sandboxes and connectors as processes (with a schema registry), sharing one Redis key prefix for the
/// cross-reference, for `hub reconcile`, the scheduled reconciler and `hub quality`. The CRM sandbox sends no webhooks (no target) and the legacy
/// sandbox exports into a folder its connector does not watch, so what a test seeds stays as seeded: nothing flows
/// between the systems while the snapshots and profiles are read.
/// </summary>
public sealed class ReconcileStack : IAsyncDisposable
{
    public const string CrmToken = "reconcile-token";
    public const string ErpKey = "erp-sandbox-key";
    private const string XeroToken = "reconcile-xero-token";
    private const string XeroTenant = "8f1c2a52-5b8e-4b0c-9a51-0d3c8e6f2a17";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly List<IAsyncDisposable> _processes = [];
    private readonly string _legacyRoot = Path.Combine(Path.GetTempPath(), $"hub-quality-{Guid.NewGuid():N}");
    private ConnectionMultiplexer? _redis;

    private ReconcileStack(StackFixture stack)
    {
        Stack = stack;
    }

    public StackFixture Stack { get; }

    public string Prefix { get; } = $"rec-{Guid.NewGuid():N}"[..16];

    public Uri CrmConnector { get; private set; } = null!;

    public Uri ErpConnector { get; private set; } = null!;

    /// <summary>The legacy connector, when the stack was started with it.</summary>
    public Uri? LegacyConnector { get; private set; }

    /// <summary>The legacy sandbox (its /_sandbox/legacy/exports API), when the stack was started with it.</summary>
    public HttpClient Legacy { get; } = new();

    /// <summary>Where the legacy sandbox writes its exports: not the connector's inbox, so only `hub quality --file` reads them.</summary>
    public string LegacyExports => Path.Combine(_legacyRoot, "exports");

    /// <summary>The accounting connector, when the stack was started with it.</summary>
    public Uri? AccountingConnector { get; private set; }

    public HttpClient Accounting { get; } = new();

    public HttpClient Crm { get; } = new();

    public HttpClient Erp { get; } = new();

    public CrossReferenceStore CrossReference { get; private set; } = null!;

    /// <param name="accounting">Also the accounting sandbox and connector.</param>
    /// <param name="legacy">Also the legacy sandbox and connector.</param>
    public static async Task<ReconcileStack> StartAsync(StackFixture stack, bool accounting = false, bool legacy = false)
    {
        var world = new ReconcileStack(stack);
        try
        {
            await world.StartProcessesAsync();
            if (accounting)
            {
                await world.StartAccountingAsync();
            }

            if (legacy)
            {
                await world.StartLegacyAsync();
            }

            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Crm.Dispose();
        Erp.Dispose();
        Accounting.Dispose();
        Legacy.Dispose();
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        if (Directory.Exists(_legacyRoot))
        {
            Directory.Delete(_legacyRoot, recursive: true);
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private async Task StartProcessesAsync()
    {
        var registry = SchemaRegistryProcess.Start(Stack.BootstrapServers, $"_schemas.{Prefix}");
        _processes.Add(registry);
        var crmSandbox = Start("the CRM sandbox", "Crm.Sandbox", new() { ["Crm__AccessToken"] = CrmToken, ["Webhooks__Secret"] = "reconcile-secret" });
        var erpSandbox = Start("the ERP sandbox", "Erp.Sandbox", new());
        await registry.WaitUntilReadyAsync();
        await crmSandbox.WaitForAsync("/health/live", "the CRM sandbox", StartTimeout);
        await erpSandbox.WaitForAsync("/health/live", "the ERP sandbox", StartTimeout);
        Crm.BaseAddress = crmSandbox.BaseAddress;
        Crm.DefaultRequestHeaders.Authorization = new("Bearer", CrmToken);
        Erp.BaseAddress = erpSandbox.BaseAddress;

        var crm = Start("the CRM connector", "Crm.Connector", Connector(registry, "Crm.Connector", new()
        {
            ["ExternalApis__crm__BaseUrl"] = crmSandbox.BaseAddress.ToString(),
            ["Secrets__Values__crm-access-token"] = CrmToken,
            ["Secrets__Values__crm-client-secret"] = "reconcile-secret",
        }));
        var erp = Start("the ERP connector", "Erp.Connector", Connector(registry, "Erp.Connector", new()
        {
            ["ExternalApis__erp__BaseUrl"] = erpSandbox.BaseAddress.ToString(),
            ["Secrets__Values__erp-api-key"] = ErpKey,
        }));
        await crm.WaitForAsync("/health/live", "the CRM connector", StartTimeout);
        await erp.WaitForAsync("/health/live", "the ERP connector", StartTimeout);
        CrmConnector = crm.BaseAddress;
        ErpConnector = erp.BaseAddress;

        var options = ConfigurationOptions.Parse(Stack.RedisConfiguration);
        options.AbortOnConnectFail = false;
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        CrossReference = new CrossReferenceStore(
            _redis,
            IdentityConfiguration.Load(RepositoryRoot.Combine("contracts", "ownership.yaml")),
            Options.Create(new IdentityOptions { KeyPrefix = Prefix }),
            TimeProvider.System);
    }

    private async Task StartAccountingAsync()
    {
        var sandbox = Start("the accounting sandbox", "Accounting.Sandbox", new()
        {
            ["AccountingSandbox__AccessToken"] = XeroToken,
            ["AccountingSandbox__TenantId"] = XeroTenant,
            ["AccountingSandbox__MinuteLimit"] = "100000",
            ["AccountingSandbox__DayLimit"] = "10000000",
        });
        await sandbox.WaitForAsync("/health/live", "the accounting sandbox", StartTimeout);
        Accounting.BaseAddress = sandbox.BaseAddress;
        Accounting.DefaultRequestHeaders.Authorization = new("Bearer", XeroToken);
        Accounting.DefaultRequestHeaders.Add("xero-tenant-id", XeroTenant);
        var registry = _processes.OfType<SchemaRegistryProcess>().Single();
        var connector = Start("the accounting connector", "Accounting.Connector", Connector(registry, "Accounting.Connector", new()
        {
            ["ExternalApis__accounting__BaseUrl"] = new Uri(sandbox.BaseAddress, "/api.xro/2.0/").ToString(),
            ["Secrets__Values__accounting-access-token"] = XeroToken,
            ["Accounting__TenantId"] = XeroTenant,
        }));
        await connector.WaitForAsync("/health/live", "the accounting connector", StartTimeout);
        AccountingConnector = connector.BaseAddress;
    }

    private async Task StartLegacyAsync()
    {
        var sandbox = Start("the legacy sandbox", "Legacy.Sandbox", new()
        {
            ["LegacySandbox__DropFolder"] = LegacyExports,
            ["LegacySandbox__ImportFolder"] = Path.Combine(_legacyRoot, "outbox"),
        });
        await sandbox.WaitForAsync("/health/live", "the legacy sandbox", StartTimeout);
        Legacy.BaseAddress = sandbox.BaseAddress;
        var settings = new[] { "Inbox", "Processing", "Archive", "Quarantine", "Error", "Outbox" }
            .ToDictionary(f => $"Legacy__Folders__{f}", f => Path.Combine(_legacyRoot, f.ToLowerInvariant()));
        var registry = _processes.OfType<SchemaRegistryProcess>().Single();
        var connector = Start("the legacy connector", "Legacy.Connector", Connector(registry, "Legacy.Connector", settings));
        await connector.WaitForAsync("/health/live", "the legacy connector", StartTimeout);
        LegacyConnector = connector.BaseAddress;
    }

    private ServiceProcess Start(string name, string project, Dictionary<string, string> settings)
    {
        settings["Logging__LogLevel__Default"] = "Warning";
        var process = ServiceProcess.StartDotnet(name, ServiceProcess.BuiltDll(project), settings);
        _processes.Add(process);
        return process;
    }

    /// <summary>What every connector gets, as the dev stack gives it (their subscriptions keep the declared groups: no other test of this assembly runs these connectors).</summary>
    private Dictionary<string, string> Connector(SchemaRegistryProcess registry, string project, Dictionary<string, string> own)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(ServiceProcess.BuiltDll(project))!,
            ["Kafka__BootstrapServers"] = Stack.BootstrapServers,
            ["Redis__Configuration"] = Stack.RedisConfiguration,
            ["Redis__KeyPrefix"] = Prefix,
            ["Identity__KeyPrefix"] = Prefix,
            ["WebhookReceipts__KeyPrefix"] = Prefix,
            ["SchemaRegistry__Url"] = registry.BaseAddress.ToString(),
        };
        foreach (var (key, value) in own)
        {
            settings[key] = value;
        }

        return settings;
    }
}
