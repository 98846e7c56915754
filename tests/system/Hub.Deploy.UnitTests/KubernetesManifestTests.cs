using System.Text.Json.Nodes;
using Hub.Deploy.UnitTests.Support;
using Hub.Testing;

namespace Hub.Deploy.UnitTests;

/// <summary>
/// deploy/k8s. `kubectl apply/create --dry-run=client` needs an API server even with --validate=false (it asks the
/// server for resource mappings), so the offline check is `kubectl kustomize`, which parses and assembles every
/// manifest; the structure checks read the YAML itself.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly string K8s = RepositoryRoot.Combine("deploy", "k8s");
    // The chart's connectors: deploy/k8s/connectors.yaml is written for each of them (./build.sh manifests).
    private static readonly string[] Connectors = [.. YamlToJson.Load(RepositoryRoot.Combine("helm", "hub", "values.yaml"))!["connectors"]!.AsObject().Select(c => c.Key)];

    [Fact]
    public async Task KubectlKustomize_PlainManifests_BuildsEveryResource()
    {
        var kubectl = ExternalTool.Require("kubectl", "kubectl");

        var (exit, output) = await ExternalTool.RunAsync(kubectl, ["kustomize", K8s]);

        exit.Should().Be(0, output);
        foreach (var connector in Connectors)
        {
            output.Should().Contain($"name: hub-{connector}");
        }

        output.Should().Contain("kind: ServiceMonitor").And.Contain("kind: Component").And.Contain("name: hub-schema-registry").And.Contain("name: hub-reconciler");
    }

    [Fact]
    public async Task KubectlCreateConfigMap_TopicsFromContracts_RendersOffline()
    {
        var kubectl = ExternalTool.Require("kubectl", "kubectl");

        var (exit, output) = await ExternalTool.RunAsync(kubectl,
            ["create", "configmap", "hub-topics", "-n", "hub", "--from-file=topics.yaml=contracts/topics.yaml", "--dry-run=client", "-o", "yaml"]);

        exit.Should().Be(0, output);
        output.Should().Contain("canonical.customer.upserted");
    }

    [Fact]
    public void Deployments_Everyone_ProbesHealthEndpointsAndSetsResources()
    {
        var deployments = Directory.GetFiles(K8s, "*.yaml").SelectMany(YamlToJson.LoadAll)
            .Where(d => d?["kind"]?.GetValue<string>() == "Deployment").Select(d => d!).ToList();

        deployments.Select(d => d["metadata"]!["name"]!.GetValue<string>()).Should().BeEquivalentTo(
            Connectors.Select(c => $"hub-{c}").Append("hub-schema-registry").Append("hub-reconciler"));
        foreach (var container in deployments.SelectMany(d => d["spec"]!["template"]!["spec"]!["containers"]!.AsArray()))
        {
            container!["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>().Should().Be("/health/live");
            container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>().Should().Be("/health/ready");
            container["resources"]!["requests"].Should().NotBeNull();
        }
    }

    [Fact]
    public void Connectors_EachOne_HasDaprAnnotationsAndTheChartsReplicasAndDisruptionBudget()
    {
        // One file for every connector, written by `./build.sh manifests` (Hub.Build.UnitTests checks it is current).
        var all = YamlToJson.LoadAll(Path.Combine(K8s, "connectors.yaml")).Select(d => d!).ToList();
        var values = YamlToJson.Load(RepositoryRoot.Combine("helm", "hub", "values.yaml"))!;
        all.Where(d => d["kind"]!.GetValue<string>() == "Deployment").Select(d => d["metadata"]!["name"]!.GetValue<string>())
            .Should().Equal(Connectors.Select(c => $"hub-{c}"), "the kubectl manifests have the chart's connectors in its order");
        foreach (var connector in Connectors)
        {
            var documents = all.Where(d => d["metadata"]!["name"]!.GetValue<string>() == $"hub-{connector}").ToList();
            var deployment = documents.Single(d => d["kind"]!.GetValue<string>() == "Deployment");
            var annotations = deployment["spec"]!["template"]!["metadata"]!["annotations"]!;
            var chart = values["connectors"]![connector];

            annotations["dapr.io/enabled"]!.GetValue<string>().Should().Be("true");
            annotations["dapr.io/app-id"]!.GetValue<string>().Should().Be($"hub-{connector}");
            deployment["metadata"]!["labels"]!["app.kubernetes.io/component"]!.GetValue<string>().Should().Be(connector, "the component label becomes the Prometheus job");
            var replicas = chart?["replicas"] ?? values["connectorDefaults"]!["replicas"];
            deployment["spec"]!["replicas"]!.ToString().Should().Be(replicas!.ToString(), $"hub-{connector} runs the chart's replicas");
            var budget = chart?["podDisruptionBudget"]?["enabled"]?.ToString() != "false";
            documents.Any(d => d["kind"]!.GetValue<string>() == "PodDisruptionBudget").Should().Be(budget, $"hub-{connector} has a disruption budget where the chart has one");
        }

        Connectors.Should().Contain("legacy");
        all.Should().NotContain(d => d["kind"]!.GetValue<string>() == "PodDisruptionBudget" && d["metadata"]!["name"]!.GetValue<string>() == "hub-legacy",
            "one legacy replica with a budget of one available would block every node drain");
    }
}
