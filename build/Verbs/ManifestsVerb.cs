using Hub.Build.Manifests;

namespace Hub.Build.Verbs;

/// <summary>
/// Writes deploy/k8s/connectors.yaml from the connector template and the chart's connectors, and the scopes of the
/// kubectl Dapr secret store; with --check it only reports whether the committed files are current (1 when stale).
/// </summary>
public sealed class ManifestsVerb(BuildContext context) : IVerb
{
    public string Name => "manifests";

    public string Usage => "manifests [--check]";

    public string Summary => "write deploy/k8s/connectors.yaml and the Dapr store's scopes from helm/hub/values.yaml's connectors";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var check = args.Contains("--check");
        if (args.Any(a => a != "--check"))
        {
            context.Error.WriteLine($"error: unknown argument(s) {string.Join(' ', args.Where(a => a != "--check"))}; usage: {Usage}");
            return ExitCodes.Usage;
        }

        var connectors = ConnectorManifests.ConnectorNames(await File.ReadAllTextAsync(context.Layout.Full(ConnectorManifests.ValuesFile), cancellationToken));
        var secretStore = context.Layout.Full(ConnectorManifests.SecretStoreFile);
        var files = new Dictionary<string, string>
        {
            [ConnectorManifests.OutputFile] = ConnectorManifests.RenderRepository(context.Layout.Root),
            [ConnectorManifests.SecretStoreFile] = ConnectorManifests.RenderSecretStore(await File.ReadAllTextAsync(secretStore, cancellationToken), connectors),
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

        var names = string.Join(", ", connectors);
        if (stale.Count == 0)
        {
            context.Out.WriteLine($"{string.Join(" and ", files.Keys)} are current ({names}).");
            return ExitCodes.Success;
        }

        if (check)
        {
            context.Error.WriteLine($"error: {string.Join(" and ", stale)} stale; run ./build.sh manifests.");
            return ExitCodes.Failure;
        }

        foreach (var relative in stale)
        {
            await File.WriteAllTextAsync(context.Layout.Full(relative), files[relative], cancellationToken);
            context.Out.WriteLine($"wrote {relative} ({names}).");
        }

        return ExitCodes.Success;
    }
}
