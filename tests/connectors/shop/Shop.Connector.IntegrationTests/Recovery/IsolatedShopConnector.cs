using Hub.Testing.Connectors;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>
/// A shop connector process of a test's own (own topics, consumer group, Redis prefix and address) beside the fixture's, which the
/// test may kill -9 and start again on the same address while senders keep delivering to it. Stopped by
/// <see cref="DisposeAsync"/> (or with the fixture's run at the latest).
/// </summary>
internal sealed class IsolatedShopConnector : IAsyncDisposable
{
    private readonly ConnectorProcess _process;

    private IsolatedShopConnector(ConnectorProcess process, string prefix, string orderTopic)
    {
        _process = process;
        Prefix = prefix;
        OrderTopic = orderTopic;
    }

    public Uri Address => _process.Address;

    public string OrderTopic { get; }

    /// <summary>The connector's own Redis key prefix (Redis, Identity and WebhookReceipts).</summary>
    public string Prefix { get; }

    public string Output => _process.Output;

    public static async Task<IsolatedShopConnector> StartAsync(ShopFixture fixture, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var run = fixture.Run;
        var isolation = $"recovery-{Guid.NewGuid():N}"[..17];
        var settings = ConnectorStack.KeyPrefixSettings($"{run.Prefix}-{isolation}");
        var topics = new[] { "customers", "inbound-dlq", "orders" }.ToDictionary(t => t, t => run.Topic($"{isolation}.{t}"));
        settings["Topics__Canonical__CustomerUpserted"] = topics["customers"];
        settings["Shop__InboundDeadLetterTopic"] = topics["inbound-dlq"];
        settings["Topics__Canonical__OrderPlaced"] = topics["orders"];
        // Its own stock subscription too: in the fixture's group it would share the fixture's partitions, and a kill -9
        // would leave them with a dead member until its session expired, stalling the tests that follow.
        var stockGroup = run.Group($"{isolation}.stock");
        topics["stock"] = run.Topic($"{isolation}.stock");
        topics["stock.retry"] = stockGroup + ".retry";
        topics["stock.dlq"] = stockGroup + ".dlq";
        settings["Subscriptions__stock__Topics__0"] = topics["stock"];
        settings["Subscriptions__stock__GroupId"] = stockGroup;
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        foreach (var topic in topics.Values)
        {
            await run.CreateTopicAsync(topic);
        }

        var connector = new IsolatedShopConnector(run.AnotherConnector(settings, "an isolated shop connector"), settings["Redis__KeyPrefix"], topics["orders"]);
        await connector.RestartAsync();
        await connector.WaitUntilAsync("/health/ready", TimeSpan.FromSeconds(60));
        return connector;
    }

    /// <summary>kill -9: no shutdown hooks, no release of claims, no leaving the consumer group.</summary>
    public void Kill() => _process.Kill();

    /// <summary>Starts the process (again) on the same address with the same settings.</summary>
    public Task RestartAsync() => _process.RestartAsync();

    /// <summary>Polls the path until it answers 200; returns how long that took.</summary>
    public Task<TimeSpan> WaitUntilAsync(string path, TimeSpan timeout) => _process.WaitUntilAsync(path, timeout);

    /// <summary>Probes the path once: true for 200.</summary>
    public Task<bool> ProbeAsync(string path) => _process.ProbeAsync(path);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
