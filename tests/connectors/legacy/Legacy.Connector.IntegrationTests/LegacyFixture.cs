using Hub.Identity;
using Hub.Testing;
using Hub.Testing.Connectors;

namespace Legacy.Connector.IntegrationTests;

/// <summary>
/// One registry, one legacy sandbox and one legacy connector (separate processes) on the shared stack, with their
/// own topics, consumer group and Redis prefix (<see cref="ConnectorFixture"/>), and folders of their own, which
/// the sandbox exports to and imports from and the connector watches and writes.
/// </summary>
public sealed class LegacyFixture : ConnectorFixture
{
    private readonly string _root;

    public LegacyFixture(StackFixture stack)
        : this(stack, Directory.CreateTempSubdirectory("legacy-it-").FullName)
    {
    }

    private LegacyFixture(StackFixture stack, string root)
        : base(stack, Setup(root))
    {
        _root = root;
    }

    public string CustomerTopic => Run.Topic("customers");

    public string StockTopic => Run.Topic("stock");

    public string QuarantineTopic => Run.Topic("quarantine");

    public HttpClient Sandbox => Run.SandboxClient;

    /// <summary>The resolution queue's store the connector writes conflicts to.</summary>
    public ConflictStore Conflicts => Hub.Conflicts(Prefix);

    public string ConnectorOutput => Run.Connector.Output;

    public string Folder(string name) => Path.Combine(_root, name);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static ConnectorStackOptions Setup(string root)
    {
        var folders = new[] { "Inbox", "Processing", "Archive", "Quarantine", "Error", "Outbox" }
            .ToDictionary(f => $"Legacy__Folders__{f}", f => Path.Combine(root, f.ToLowerInvariant()));
        return new()
        {
            System = "Legacy",
            // The shipped appsettings.json holds the file patterns.
            UseShippedAppSettings = true,
            Topics = ["customers", "stock", "quarantine"],
            Subscriptions = [new("customers")],
            SandboxSettings = new Dictionary<string, string>
            {
                ["LegacySandbox__DropFolder"] = folders["Legacy__Folders__Inbox"],
                ["LegacySandbox__ImportFolder"] = folders["Legacy__Folders__Outbox"],
                ["LegacySandbox__ImportPollInterval"] = "00:00:00.100",
            },
            ConnectorSettings = run => new Dictionary<string, string>(folders)
            {
                ["Logging__LogLevel__Default"] = "Information",
                ["Legacy__Inbound__PollInterval"] = "00:00:00.200",
                ["Legacy__Inbound__SettleTime"] = "00:00:01.500",
                ["Legacy__Inbound__RetryDelay"] = "00:00:01",
                ["Legacy__Inbound__QuarantineTopic"] = run.Topic("quarantine"),
                ["Topics__Canonical__CustomerUpserted"] = run.Topic("customers"),
                ["Topics__Canonical__StockLevelChanged"] = run.Topic("stock"),
                ["Legacy__Outbound__BatchSize"] = "5",
                ["Legacy__Outbound__BatchWindow"] = "00:00:01",
            },
        };
    }
}
