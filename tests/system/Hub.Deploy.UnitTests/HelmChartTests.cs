using System.Text.RegularExpressions;
using Hub.Deploy.UnitTests.Support;
using Hub.Testing;

namespace Hub.Deploy.UnitTests;

public sealed partial class HelmChartTests
{
    private const string HelmMissing =
        "helm is not installed and is not packaged for Debian here; `helm lint` and `helm template` (rendered output linted by yamllint) run when helm is on PATH";

    private static readonly string Chart = RepositoryRoot.Combine("helm", "hub");

    [Fact]
    public void TopicsFile_Chart_IsALinkToTheContract()
    {
        var link = new FileInfo(Path.Combine(Chart, "files", "topics.yaml"));

        link.LinkTarget.Should().Be("../../../contracts/topics.yaml",
            "the chart reads contracts/topics.yaml through a relative symlink (Helm follows it when loading and packaging the chart); on Windows clone with core.symlinks=true");
        File.ReadAllText(link.FullName).Should().Be(File.ReadAllText(RepositoryRoot.Combine("contracts", "topics.yaml")));
        File.ReadAllText(Path.Combine(Chart, "templates", "configmap-topics.yaml")).Should().Contain(".Files.Get \"files/topics.yaml\"");
    }

    [Fact]
    public void ChartYaml_Metadata_IsAnApplicationChartV2()
    {
        var chart = YamlToJson.Load(Path.Combine(Chart, "Chart.yaml"))!;

        chart["apiVersion"]!.GetValue<string>().Should().Be("v2");
        chart["type"]!.GetValue<string>().Should().Be("application");
        chart["name"]!.GetValue<string>().Should().Be("hub");
    }

    [Fact]
    public void Templates_Expected_ArePresentWithBalancedActions()
    {
        var templates = Directory.GetFiles(Path.Combine(Chart, "templates")).Select(Path.GetFileName).ToList();

        templates.Should().Contain(["connectors.yaml", "schema-registry.yaml", "configmap-topics.yaml", "servicemonitor.yaml", "dapr-secretstore.yaml", "NOTES.txt", "_helpers.tpl"]);
        foreach (var file in Directory.GetFiles(Path.Combine(Chart, "templates")))
        {
            var text = File.ReadAllText(file);
            Regex.Count(text, @"\{\{").Should().Be(Regex.Count(text, @"\}\}"), $"{Path.GetFileName(file)} has unbalanced template actions");
            var opened = BlockOpeners().Count(text);
            Regex.Count(text, @"\{\{-?\s*end\b").Should().Be(opened, $"{Path.GetFileName(file)} has if/range/with/define without end");
        }
    }

    [Fact]
    public async Task HelmLint_Chart_Passes()
    {
        var helm = ExternalTool.Require("helm", "helm", HelmMissing);

        var (exit, output) = await ExternalTool.RunAsync(helm, ["lint", "--strict", Chart]);

        exit.Should().Be(0, output);
    }

    [Theory]
    [InlineData("--set", "dapr.enabled=true")]
    [InlineData("--set", "dapr.enabled=false,connectors.legacy.enabled=false,connectors.crm.autoscaling.enabled=false")]
    public async Task HelmTemplate_Values_RendersYamlThatLints(string flag, string values)
    {
        var helm = ExternalTool.Require("helm", "helm", HelmMissing);
        var yamllint = ExternalTool.Require("yamllint", "yamllint");

        var (exit, rendered) = await ExternalTool.RunAsync(helm, ["template", "hub", Chart, flag, values]);
        exit.Should().Be(0, rendered);
        var file = Path.Combine(Path.GetTempPath(), $"hub-chart-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, rendered, TestContext.Current.CancellationToken);
        try
        {
            var (lintExit, lintOutput) = await ExternalTool.RunAsync(yamllint, ["-c", ".yamllint.yaml", "-d", "{extends: default, rules: {line-length: disable, document-start: disable, comments: disable}}", file]);
            lintExit.Should().Be(0, lintOutput);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\{\{-?\s*(if|range|with|define)\b")]
    private static partial Regex BlockOpeners();
}
