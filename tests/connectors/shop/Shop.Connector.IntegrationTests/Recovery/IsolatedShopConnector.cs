using System.Diagnostics;
using Hub.DevStack;
using Hub.Testing;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>
/// A shop connector process of a test's own (own topics, Redis prefix and address), which the test may kill -9 and
/// start again on the same address while senders keep delivering to it. Stopped by <see cref="DisposeAsync"/>.
/// </summary>
internal sealed class IsolatedShopConnector : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;
    private ServiceProcess? _process;

    private IsolatedShopConnector(Dictionary<string, string> settings, string orderTopic)
    {
        _settings = settings;
        OrderTopic = orderTopic;
    }

    public Uri Address { get; } = DotnetServiceProcess.LoopbackAddress();

    public string OrderTopic { get; }

    /// <summary>The connector's own Redis key prefix (Redis, Identity and WebhookReceipts).</summary>
    public string Prefix => _settings["Redis__KeyPrefix"];

    public string Output => _process?.Output ?? string.Empty;

    private ServiceProcess Process => _process ?? throw new InvalidOperationException("The connector is not started.");

    public static async Task<IsolatedShopConnector> StartAsync(ShopFixture fixture, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var prefix = $"it-shop-recovery-{Guid.NewGuid():N}";
        var settings = fixture.ConnectorSettings();
        foreach (var key in new[] { "Redis__KeyPrefix", "Identity__KeyPrefix", "WebhookReceipts__KeyPrefix" })
        {
            settings[key] = prefix;
        }

        var topics = new[] { "customers", "inbound-dlq", "orders" }.Select(t => $"it.shop.recovery.{t}.{Guid.NewGuid():N}").ToArray();
        settings["Topics__Canonical__CustomerUpserted"] = topics[0];
        settings["Shop__InboundDeadLetterTopic"] = topics[1];
        settings["Topics__Canonical__OrderPlaced"] = topics[2];
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        foreach (var topic in topics)
        {
            await fixture.Stack.CreateTopicAsync(topic, 4);
        }

        var connector = new IsolatedShopConnector(settings, topics[2]);
        await connector.RestartAsync();
        await connector.WaitUntilAsync("/health/ready", TimeSpan.FromSeconds(60));
        return connector;
    }

    /// <summary>kill -9: no shutdown hooks, no release of claims, no leaving the consumer group.</summary>
    public void Kill() => Process.Kill();

    /// <summary>Starts the process (again) on the same address with the same settings.</summary>
    public async Task RestartAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _process = ServiceProcess.StartDotnet("an isolated shop connector", ServiceProcess.BuiltDll("Shop.Connector"), _settings, Address);
    }

    /// <summary>Polls the path until it answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> WaitUntilAsync(string path, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        await Process.WaitForAsync(path, $"the isolated shop connector's {path}", timeout);
        return clock.Elapsed;
    }

    /// <summary>Probes the path once: true for 200.</summary>
    public Task<bool> ProbeAsync(string path) => Process.ProbeAsync(path);

    public ValueTask DisposeAsync() => _process?.DisposeAsync() ?? ValueTask.CompletedTask;
}
