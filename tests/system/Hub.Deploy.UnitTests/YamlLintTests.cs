using Hub.Testing;

namespace Hub.Deploy.UnitTests;

/// <summary>
/// yamllint (repository .yamllint.yaml) over every plain YAML file of deploy/ and the chart, and the connectors' devhost.yaml. Chart templates are Go
/// templates, not YAML: HelmChartTests lints their rendered output when helm is installed.
/// </summary>
public sealed class YamlLintTests
{
    [Fact]
    public async Task Yamllint_DeployFolderAndChartValues_NoProblems()
    {
        var yamllint = ExternalTool.Require("yamllint", "yamllint");
        string[] targets = ["deploy", Path.Combine("helm", "hub", "values.yaml"), Path.Combine("helm", "hub", "Chart.yaml"), ".yamllint.yaml",
            .. Directory.GetFiles(RepositoryRoot.Combine("services"), "devhost.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

        var (exit, output) = await ExternalTool.RunAsync(yamllint, ["--strict", "-c", ".yamllint.yaml", .. targets]);

        exit.Should().Be(0, output);
    }
}
