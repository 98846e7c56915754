using System.Text.Json.Nodes;
using Hub.Deploy.UnitTests.Support;
using Hub.Testing;

namespace Hub.Deploy.UnitTests;

/// <summary>
/// The Grafana dashboards' structure. That every query returns data from a real Prometheus is checked in
/// Hub.Observability.IntegrationTests.
/// </summary>
public sealed class DashboardTests
{
    private static readonly string Dashboards = RepositoryRoot.Combine("deploy", "grafana", "dashboards");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Dashboards, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void Dashboards_Folder_HasOverviewAndConnectorDashboardsWithUniqueUids()
    {
        var uids = Files().Select(f => Load(f.Data)["uid"]!.GetValue<string>()).ToList();

        uids.Should().Contain(["hub-overview", "hub-connector"]).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Panels_EveryOne_HasDatasourceAndPrometheusTargets(string file)
    {
        var panels = Load(file)["panels"]!.AsArray().Select(p => p!.AsObject()).ToList();

        panels.Should().NotBeEmpty();
        panels.Select(p => p["id"]!.GetValue<int>()).Should().OnlyHaveUniqueItems();
        foreach (var panel in panels)
        {
            var title = panel["title"]!.GetValue<string>();
            panel["datasource"]?["uid"]?.GetValue<string>().Should().Be("prometheus", $"panel '{title}' must use the provisioned Prometheus");
            var targets = panel["targets"]?.AsArray();
            targets.Should().NotBeNullOrEmpty($"panel '{title}' needs a query");
            targets!.Select(t => t!["refId"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
            targets.Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t!["expr"]!.GetValue<string>()), $"panel '{title}' has an empty query");
            var grid = panel["gridPos"]!;
            (grid["x"]!.GetValue<int>() + grid["w"]!.GetValue<int>()).Should().BeLessThanOrEqualTo(24, $"panel '{title}' must fit Grafana's 24-column grid");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Templating_ConnectorVariable_FindsConnectorsFromTheTargetsAndIsUsedByEveryQuery(string file)
    {
        var dashboard = Load(file);
        var connector = dashboard["templating"]!["list"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "connector")!;

        // A query over the hub's scrape targets, not a fixed list: a new connector shows up without an edit here.
        connector["type"]!.GetValue<string>().Should().Be("query");
        connector["datasource"]!["uid"]!.GetValue<string>().Should().Be("prometheus");
        var query = connector["query"]!["query"]!.GetValue<string>();
        query.Should().Be("label_values(up{part_of=\"hub\", job!~\"schema-registry|reconciler\"}, job)");
        foreach (var system in Directory.GetDirectories(RepositoryRoot.Combine("services", "connectors")).Select(Path.GetFileName))
        {
            connector.ToJsonString().Should().NotContain($"\"{system}\"", "the picker names no connector");
        }

        // The reconciler's gauges are about systems; the systems reconciled (crm, erp, accounting) are named like their
        // connectors' jobs, so those panels follow the picker by system.
        Exprs(dashboard).Should().OnlyContain(e => e.Contains("job=~\"$connector\"", StringComparison.Ordinal) || e.Contains("system=~\"$connector\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Overview_ReconciliationPanel_ShowsTheDifferencesPerEntitySystemAndKind()
    {
        var exprs = Exprs(Load("hub-overview.json")).Where(e => e.Contains("hub_reconcile_differences", StringComparison.Ordinal)).ToList();

        exprs.Should().ContainSingle().Which.Should().Contain("by (entity, system, kind)");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Links_JaegerLinkAndExemplarsOnLatency_ArePresent(string file)
    {
        var dashboard = Load(file);

        dashboard["links"]!.AsArray().Should().Contain(l => l!["url"]!.GetValue<string>().Contains("jaeger", StringComparison.Ordinal));
        dashboard["panels"]!.AsArray().SelectMany(p => p!["targets"]!.AsArray())
            .Where(t => t!["expr"]!.GetValue<string>().Contains("end_to_end_duration_seconds_bucket", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(t => t!["exemplar"]!.GetValue<bool>());
    }

    [Fact]
    public void Provisioning_Datasources_DeclareTheUidsDashboardsUseAndLinkExemplarsToJaeger()
    {
        var datasources = YamlToJson.Load(RepositoryRoot.Combine("deploy", "grafana", "provisioning", "datasources", "hub.yaml"))!["datasources"]!.AsArray();

        datasources.Select(d => d!["uid"]!.GetValue<string>()).Should().BeEquivalentTo(["prometheus", "jaeger"]);
        var prometheus = datasources.Single(d => d!["uid"]!.GetValue<string>() == "prometheus")!;
        prometheus["jsonData"]!["exemplarTraceIdDestinations"]![0]!["datasourceUid"]!.GetValue<string>().Should().Be("jaeger");
    }

    private static JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Dashboards, file)))!.AsObject();

    private static IEnumerable<string> Exprs(JsonObject dashboard) =>
        dashboard["panels"]!.AsArray().SelectMany(p => p!["targets"]!.AsArray()).Select(t => t!["expr"]!.GetValue<string>());
}
