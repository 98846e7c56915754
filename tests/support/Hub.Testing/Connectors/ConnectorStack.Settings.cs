namespace Hub.Testing.Connectors;

// What every connector and sandbox of a run is started with, before the options add what is particular to them.
public sealed partial class ConnectorStack
{
    private string SandboxProject => $"{_options.System}.Sandbox";

    private string ConnectorProject => $"{_options.System}.Connector";

    /// <summary>
    /// The settings that give a connector its Redis key prefix: its dedup markers and checkpoints, its cross-reference
    /// and conflicts, its webhook receipts. A test that runs a connector apart from the run's passes them to
    /// <see cref="AnotherConnector"/>.
    /// </summary>
    public static Dictionary<string, string> KeyPrefixSettings(string prefix) => new()
    {
        ["Redis__KeyPrefix"] = prefix,
        ["Identity__KeyPrefix"] = prefix,
        ["WebhookReceipts__KeyPrefix"] = prefix,
    };

    private Dictionary<string, string> SandboxSettings()
    {
        var settings = ServiceDefaults(SandboxProject);
        Apply(settings, _options.SandboxSettings);
        return settings;
    }

    private Dictionary<string, string> ConnectorSettings(IReadOnlyDictionary<string, string>? overrides)
    {
        var settings = ServiceDefaults(ConnectorProject);
        settings["Kafka__BootstrapServers"] = Stack.BootstrapServers;
        // The mock cluster answers an empty fetch only after fetch.wait.max.ms, even when data arrives meanwhile.
        settings["Kafka__Consumer__FetchWaitMaxMs"] = "20";
        settings["Redis__Configuration"] = Stack.RedisConfiguration;
        settings["SchemaRegistry__Url"] = Hub.RegistryAddress.ToString();
        Apply(settings, KeyPrefixSettings(Prefix));
        Apply(settings, _options.Subscriptions.SelectMany(s => s.Settings(this)));
        Apply(settings, _options.ConnectorSettings(this));
        Apply(settings, overrides ?? new Dictionary<string, string>());
        return settings;
    }

    private Dictionary<string, string> ServiceDefaults(string project)
    {
        var settings = new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        };
        if (_options.UseShippedAppSettings)
        {
            // The processes run from the repository root; a service's appsettings.json sits next to its dll.
            settings["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(ServiceProcess.BuiltDll(project))!;
        }

        return settings;
    }

    private static void Apply(Dictionary<string, string> settings, IEnumerable<KeyValuePair<string, string>> values)
    {
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }
    }
}
