using Hub.Build.Manifests;

namespace Hub.Build.Verbs;

/// <summary>
/// Writes what lists the connectors from each connector folder's deploy.yaml: the Helm chart's <c>connectors:</c>
/// values and the names its schema accepts, deploy/k8s/connectors.yaml (from the connector template) and the kubectl
/// Dapr secret store's scopes; with --check it only reports whether the committed files are current (1 when stale).
/// </summary>
public sealed class ManifestsVerb(BuildContext context) : IVerb
{
    public string Name => "manifests";

    public string Usage => "manifests [--check]";

    public string Summary => "write the chart's connectors, deploy/k8s/connectors.yaml and the Dapr store's scopes from services/connectors/*/deploy.yaml";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var check = args.Contains("--check");
        if (args.Any(a => a != "--check"))
        {
            context.Error.WriteLine($"error: unknown argument(s) {string.Join(' ', args.Where(a => a != "--check"))}; usage: {Usage}");
            return ExitCodes.Usage;
        }

        var root = context.Layout.Root;
        var connectors = ChartConnectors.Read(root);
        var names = connectors.Select(c => c.Name).ToList();
        var files = new Dictionary<string, string>
        {
            [ChartConnectors.ValuesFile] = ChartConnectors.RenderValues(await ReadAsync(ChartConnectors.ValuesFile, cancellationToken), connectors),
            [ChartConnectors.SchemaFile] = ChartConnectors.RenderSchema(await ReadAsync(ChartConnectors.SchemaFile, cancellationToken), names),
            [ConnectorManifests.OutputFile] = ConnectorManifests.Render(await ReadAsync(ConnectorManifests.TemplateFile, cancellationToken), connectors),
            [ConnectorManifests.SecretStoreFile] = ConnectorManifests.RenderSecretStore(await ReadAsync(ConnectorManifests.SecretStoreFile, cancellationToken), names),
        };
        var stale = new List<string>();
        foreach (var (relative, expected) in files)
        {
            var path = context.Layout.Full(relative);
            var current = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
            if (current != expected)
            {
                stale.Add(relative);
            }
        }

        var listed = string.Join(", ", names);
        if (stale.Count == 0)
        {
            context.Out.WriteLine($"{string.Join(", ", files.Keys)} are current ({listed}).");
            return ExitCodes.Success;
        }

        if (check)
        {
            context.Error.WriteLine($"error: {string.Join(", ", stale)} stale; run ./build.sh manifests.");
            return ExitCodes.Failure;
        }

        foreach (var relative in stale)
        {
            await File.WriteAllTextAsync(context.Layout.Full(relative), files[relative], cancellationToken);
            context.Out.WriteLine($"wrote {relative} ({listed}).");
        }

        return ExitCodes.Success;
    }

    private Task<string> ReadAsync(string relative, CancellationToken cancellationToken) =>
        File.ReadAllTextAsync(context.Layout.Full(relative), cancellationToken);
}
