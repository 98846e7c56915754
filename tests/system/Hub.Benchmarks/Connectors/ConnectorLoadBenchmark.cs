using System.Globalization;
using Hub.Contracts;
using Hub.DevStack;
using Hub.Messaging;
using Hub.Testing.Avro;
using Hub.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Benchmarks.Connectors;

/// <summary>
/// The real connectors under load, each its own process as in production: signed Shopify orders/create webhooks
/// into the shop connector (HMAC, receipt dedup, mapping, identity, OrderPlaced + CustomerUpserted to Kafka), and the
/// accounting connector turning each OrderPlaced into one invoice POSTed to the accounting sandbox (Avro decode,
/// dedup, mapping, the API call with its Idempotency-Key, identity, InvoiceRaised, checkpoint, commit). Latency is
/// from the webhook being sent (loopback, so received within a fraction of a millisecond) to the sandbox applying the
/// invoice POST; then the accounting connector alone drains a backlog of OrderPlaced published straight to Kafka.
/// RSS of both connector processes is sampled throughout.
/// </summary>
public sealed class ConnectorLoadBenchmark(BenchSettings settings, TextWriter output)
{
    private const int MaxConcurrency = WebhookLoad.InFlightLimit;
    private static readonly string[] Chosen = [HubPlatform.ShopSandbox, HubPlatform.AccountingSandbox, HubPlatform.ShopConnector, HubPlatform.AccountingConnector];

    private readonly List<ConnectorPhaseResult> _results = [];
    private Dictionary<string, int> _everyProcess = [];
    private HubPlatformSettings? _platformSettings;
    private int _sequence;

    public async Task<int> RunAsync()
    {
        var legacyFolder = Directory.CreateTempSubdirectory("hub-bench-legacy-");
        try
        {
            var settingsFor = Settings(legacyFolder.FullName, settings.Environment);
            await using var platform = await EmbeddedPlatform.StartAsync(
                BuildOutput.OfThisProgram(), (stack, registry) => _platformSettings = settingsFor(stack, registry), output, s => Chosen.Contains(s.Name));
            await MeasureAsync(platform);
            ConnectorLoadReport.Write(output, settings, _results);
            ConnectorLoadReport.WriteCpu(output, _results);
            return _results.All(r => r.Lost == 0) ? 0 : 1;
        }
        finally
        {
            legacyFolder.Delete(recursive: true);
        }
    }

    private static Func<Hub.DevStack.DevStack, Uri, HubPlatformSettings> Settings(string legacyFolder, IReadOnlyDictionary<string, string> environment) => (stack, registry) => new()
    {
        BootstrapServers = stack.BootstrapServers,
        RedisConfiguration = stack.RedisEndpoint,
        SchemaRegistry = registry,
        KeyPrefix = "bench",
        LegacyFolder = legacyFolder,
        LogLevel = "Warning",
        Everywhere = environment,
    };

    private async Task MeasureAsync(EmbeddedPlatform platform)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var webhooks = await ShopOrderWebhooks.CreateAsync(platform.Addresses[HubPlatform.ShopSandbox], run);
        using var connector = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = WebhookLoad.InFlightLimit })
        {
            BaseAddress = platform.Addresses[HubPlatform.ShopConnector],
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var sandbox = new HttpClient { BaseAddress = platform.Addresses[HubPlatform.AccountingSandbox], Timeout = TimeSpan.FromSeconds(60) };
        var arrivals = new InvoiceArrivals(sandbox);
        var processes = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [HubPlatform.ShopConnector] = platform.Services[HubPlatform.ShopConnector].ProcessId,
            [HubPlatform.AccountingConnector] = platform.Services[HubPlatform.AccountingConnector].ProcessId,
        };
        _everyProcess = platform.Services.Services.ToDictionary(s => s.Name, s => s.ProcessId, StringComparer.Ordinal);
        _everyProcess["schema-registry"] = platform.Registry.ProcessId;
        _everyProcess["redis-server"] = platform.Stack.Redis?.ProcessId ?? 0;
        _everyProcess["load program + mock Kafka"] = Environment.ProcessId;

        output.WriteLine($"RSS at start, idle: {string.Join(", ", processes.Select(p => $"{p.Key} {Scaling.ProcessMemory.RssMiB(p.Value):F0} MiB"))}");
        var duration = TimeSpan.FromSeconds(settings.Seconds);
        output.WriteLine("Warm-up: 1,000 orders at 200/s (JIT, connections, schema registration, the 500 customers' first orders) ...");
        await PhaseAsync("warm-up", webhooks.ForPhase("warm"), arrivals, processes, (load, first) => load.PacedAsync(first, 200, TimeSpan.FromSeconds(5)), connector);
        foreach (var rate in settings.Rates)
        {
            var max = rate == "max";
            var label = max ? $"max ({MaxConcurrency} concurrent senders)" : $"{int.Parse(rate, CultureInfo.InvariantCulture):N0}/s";
            output.WriteLine($"Webhooks at {label} for {settings.Seconds} s ...");
            await PhaseAsync(label, webhooks.ForPhase(max ? "max" : $"r{rate}"), arrivals, processes, (load, first) => max
                ? load.MaxAsync(first, MaxConcurrency, duration)
                : load.PacedAsync(first, int.Parse(rate, CultureInfo.InvariantCulture), duration), connector);
        }

        output.WriteLine($"Backlog: {settings.Events:N0} OrderPlaced published straight to Kafka, drained by the accounting connector ...");
        await BacklogAsync(platform, $"backlog of {settings.Events:N0}, 1 accounting connector", $"#{run}-backlog-", arrivals, processes);
        await ScaleOutAsync(platform, run, arrivals, processes);
        output.WriteLine($"Accounting connector, whole run: {await HandlerTimings.ReadAsync(platform.Addresses[HubPlatform.AccountingConnector])}");
        foreach (var (name, id) in processes)
        {
            output.WriteLine($"{name} resident set at the end: {Scaling.ProcessMemory.Breakdown(id)}");
        }
    }

    private async Task PhaseAsync(
        string label,
        ShopOrderWebhooks webhooks,
        InvoiceArrivals arrivals,
        IReadOnlyDictionary<string, int> processes,
        Func<WebhookLoad, int, Task<WebhookLoadResult>> send,
        HttpClient connector)
    {
        await using var rss = new RssSampler(processes);
        var cpu = ProcessCpu.Start(_everyProcess);
        var sent = await send(new WebhookLoad(connector, webhooks), _sequence);
        _sequence += sent.Statuses.Values.Sum();
        var arrived = await arrivals.WaitForAsync(webhooks.NamePrefix, sent.Accepted);
        var result = ConnectorPhaseResult.FromWebhooks(label, sent, arrived, rss.Summary()) with { Cpu = cpu.Used() };
        _results.Add(result);
        output.WriteLine($"  {result.Line()}");
    }

    /// <summary>The same backlog drained by 2, 3, ... accounting connector processes of one group (--instances).</summary>
    private async Task ScaleOutAsync(EmbeddedPlatform platform, string run, InvoiceArrivals arrivals, IReadOnlyDictionary<string, int> processes)
    {
        var accounting = HubPlatform.Services(_platformSettings!).Single(s => s.Name == HubPlatform.AccountingConnector);
        await using var extra = new ExtraInstances(BuildOutput.OfThisProgram(), accounting, platform.Addresses);
        while (extra.Count < settings.Instances)
        {
            await extra.AddAsync();
            // Let the group hand the new member its partitions before the backlog arrives.
            await Task.Delay(TimeSpan.FromSeconds(5));
            var label = $"backlog of {settings.Events:N0}, {extra.Count} accounting connectors";
            output.WriteLine($"{label} ...");
            var all = processes.Concat(extra.Processes).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var (name, id) in extra.Processes)
            {
                _everyProcess[name] = id;
            }

            await BacklogAsync(platform, label, $"#{run}-scale{extra.Count}-", arrivals, all);
        }
    }

    private async Task BacklogAsync(EmbeddedPlatform platform, string label, string prefix, InvoiceArrivals arrivals, IReadOnlyDictionary<string, int> processes)
    {
        using var host = await TestHosts.StartAvroPublisherAsync(platform.Stack.BootstrapServers, platform.Registry.BaseAddress, "bench-backlog-publisher");
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        await using var rss = new RssSampler(processes);
        var cpu = ProcessCpu.Start(_everyProcess);
        var started = DateTimeOffset.UtcNow;
        foreach (var chunk in Enumerable.Range(0, settings.Events).Chunk(1000))
        {
            await Task.WhenAll(chunk.Select(i => publisher.PublishAsync("canonical.order.placed", Order(prefix, i))));
        }

        var published = DateTimeOffset.UtcNow;
        var arrived = await arrivals.WaitForAsync(prefix, settings.Events);
        var result = ConnectorPhaseResult.FromBacklog(label, settings.Events, started, published, arrived, rss.Summary()) with { Cpu = cpu.Used() };
        _results.Add(result);
        output.WriteLine($"  {result.Line()}");
        await host.StopAsync();
    }

    private static OrderPlaced Order(string prefix, int sequence)
    {
        var order = CanonicalSamples.Order(sequence);
        order.OrderNumber = string.Create(CultureInfo.InvariantCulture, $"{prefix}{sequence}");
        return order;
    }
}
