using System.Text.Json.Nodes;
using Hub.Deploy.UnitTests.Support;
using Hub.Testing;

namespace Hub.Deploy.UnitTests;

public sealed class PrometheusRuleTests
{
    private static readonly string PrometheusDir = RepositoryRoot.Combine("deploy", "prometheus");

    [Fact]
    public async Task PromtoolCheckRules_RuleFiles_Succeed()
    {
        var promtool = ExternalTool.Require("promtool", "prometheus");
        var files = Directory.GetFiles(Path.Combine(PrometheusDir, "rules"), "*.yml");

        var (exit, output) = await ExternalTool.RunAsync(promtool, ["check", "rules", .. files]);

        exit.Should().Be(0, output);
    }

    [Fact]
    public async Task PromtoolTestRules_AlertUnitTests_Pass()
    {
        var promtool = ExternalTool.Require("promtool", "prometheus");

        var (exit, output) = await ExternalTool.RunAsync(promtool, ["test", "rules", Path.Combine("tests", "hub-alerts.test.yml")], PrometheusDir);

        exit.Should().Be(0, output);
    }

    [Fact]
    public void Alerts_RequiredByTheIssue_ExistWithSeverityAndSummary()
    {
        var alerts = YamlToJson.Load(Path.Combine(PrometheusDir, "rules", "hub-alerts.yml"))!["groups"]!.AsArray()
            .SelectMany(g => g!["rules"]!.AsArray()).Select(r => r!.AsObject()).Where(r => r.ContainsKey("alert")).ToList();

        alerts.Select(a => a["alert"]!.GetValue<string>()).Should().Contain(
            ["HubDeadLettersGrowing", "HubConsumerLagHigh", "HubDataStale", "HubCircuitBreakerOpen", "HubErrorRateAnomaly", "HubPartitionsWithoutOwner", "HubReconcileDrift"]);
        alerts.Should().OnlyContain(a => a["labels"]!["severity"] != null && a["annotations"]!["summary"] != null);
    }

    [Fact]
    public async Task PromtoolCheckConfig_ComposePrometheusConfig_Succeeds()
    {
        var promtool = ExternalTool.Require("promtool", "prometheus");

        // Its rule_files glob points inside the container; --syntax-only checks the file without following it.
        var (exit, output) = await ExternalTool.RunAsync(promtool, ["check", "config", "--syntax-only", RepositoryRoot.Combine("deploy", "compose", "prometheus.yml")]);

        exit.Should().Be(0, output);
    }
}
