using System.Globalization;
using Hub.Observability.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Reconciliation;

namespace Hub.Observability.IntegrationTests;

/// <summary>
/// A real Prometheus scrapes the schema registry and a metrics-producing host (playing the "crm" connector), loads
/// the alert rules from deploy/prometheus/rules, and answers every query of every dashboard panel.
/// </summary>
public sealed class PrometheusScrapeTests(StackFixture stack)
{
    private static readonly TimeSpan DataTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task DashboardPanels_PrometheusScrapingRunningServices_EveryQueryReturnsData()
    {
        var prometheusBinary = ExternalTool.Require("prometheus", "prometheus");
        await using var registry = await StartRegistryAsync();
        await using var host = await MetricsHostProcess.StartAsync(stack, new Dictionary<string, string>
        {
            // The registry plays the connector's external system, so HttpClient metrics exist too.
            ["Traffic__ExternalUrl"] = new Uri(registry.BaseAddress, "/subjects").ToString(),
        });
        await host.WaitForAsync("/health/ready", "the metrics host to be ready", TimeSpan.FromSeconds(60));
        // The reconciler's panel: two snapshots that disagree on one e-mail, compared once at start.
        await using var crm = await SnapshotStandIn.StartAsync("crm", new Dictionary<string, string> { ["c-1"] = "ada@example.com" });
        await using var erp = await SnapshotStandIn.StartAsync("erp", new Dictionary<string, string> { ["c-1"] = "ada.typo@example.com" });
        await using var reconciler = await ReconcilerProcess.StartAsync(TimeSpan.FromHours(1), ("crm", crm.Address), ("erp", erp.Address));
        await using var prometheus = PrometheusServer.Start(prometheusBinary, Configuration(registry.BaseAddress, host.BaseAddress, reconciler.Http.BaseAddress!));
        await prometheus.WaitUntilReadyAsync();

        var queries = DashboardQuery.LoadAll(new Dictionary<string, string>
        {
            ["$__rate_interval"] = "15s",
            ["$connector"] = "crm",
        });
        queries.Should().NotBeEmpty();
        var empty = queries.ToHashSet();
        try
        {
            await Eventually.UntilAsync(
                async () =>
                {
                    foreach (var query in empty.ToList())
                    {
                        if (await prometheus.CountSeriesAsync(query.Expr) > 0)
                        {
                            empty.Remove(query);
                        }
                    }

                    return empty.Count == 0;
                },
                "every dashboard query to return data",
                DataTimeout,
                cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(
                $"{e.Message} Still empty:{Environment.NewLine}{string.Join(Environment.NewLine, empty)}{Environment.NewLine}" +
                $"metrics host output:{Environment.NewLine}{host.Output}{Environment.NewLine}reconciler output:{Environment.NewLine}{reconciler.Output}", e);
        }

        (await prometheus.CountSeriesAsync("up{job=\"schema-registry\"} == 1")).Should().Be(1, "the registry's /metrics is scraped");
        (await prometheus.CountSeriesAsync("up{part_of=\"hub\", job!~\"schema-registry|reconciler\"}")).Should().Be(1, "the dashboards' connector picker finds the connector (and only it) by its part_of label");
        (await prometheus.CountSeriesAsync("http_server_request_duration_seconds_count{job=\"schema-registry\"}")).Should().BePositive();
        (await prometheus.CountSeriesAsync("hub_reconcile_differences{job=\"reconciler\", system=\"erp\", kind=\"drift\"} == 1")).Should().Be(1, "the reconciler's gauge carries the ERP's drift");
        await AssertRulesLoadedAsync(prometheus);
    }

    private static async Task AssertRulesLoadedAsync(PrometheusServer prometheus)
    {
        using var rules = await prometheus.GetJsonAsync("/api/v1/rules");
        var loaded = rules.RootElement.GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .Select(r => (Name: r.GetProperty("name").GetString(), Health: r.GetProperty("health").GetString()))
            .ToList();
        loaded.Select(r => r.Name).Should().Contain(["HubDeadLettersGrowing", "HubConsumerLagHigh", "HubDataStale", "HubCircuitBreakerOpen", "HubErrorRateAnomaly", "HubPartitionsWithoutOwner", "HubReconcileDrift", "HubReconcileFailing"]);
        loaded.Should().OnlyContain(r => r.Health != "err", "every rule evaluates without error against real series");
    }

    private Task<SchemaRegistryProcess> StartRegistryAsync() => SchemaRegistryProcess.StartReadyAsync(stack, "obs");

    /// <summary>Jobs are named and labelled like the production ones: the connector's name, "schema-registry" and "reconciler"; part_of: hub.</summary>
    private static string Configuration(Uri registry, Uri host, Uri reconciler)
    {
        var rules = RepositoryRoot.Combine("deploy", "prometheus", "rules", "*.yml");
        return string.Create(CultureInfo.InvariantCulture, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:
              - {rules}
            scrape_configs:
              - job_name: schema-registry
                static_configs:
                  - targets: ['{registry.Authority}']
                    labels:
                      part_of: hub
              - job_name: crm
                static_configs:
                  - targets: ['{host.Authority}']
                    labels:
                      part_of: hub
              - job_name: reconciler
                static_configs:
                  - targets: ['{reconciler.Authority}']
                    labels:
                      part_of: hub
            """);
    }
}
