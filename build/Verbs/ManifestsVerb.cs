using Hub.Build.Manifests;

namespace Hub.Build.Verbs;

/// <summary>
/// Writes deploy/k8s/connectors.yaml from the connector template and the chart's connectors; with --check it only
/// reports whether the committed file is current (exit code 1 when stale).
/// </summary>
public sealed class ManifestsVerb(BuildContext context) : IVerb
{
    public string Name => "manifests";

    public string Usage => "manifests [--check]";

    public string Summary => "write deploy/k8s/connectors.yaml from helm/hub/values.yaml's connectors";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var check = args.Contains("--check");
        if (args.Any(a => a != "--check"))
        {
            context.Error.WriteLine($"error: unknown argument(s) {string.Join(' ', args.Where(a => a != "--check"))}; usage: {Usage}");
            return ExitCodes.Usage;
        }

        var root = context.Layout.Root;
        var expected = ConnectorManifests.RenderRepository(root);
        var output = context.Layout.Full(ConnectorManifests.OutputFile);
        var current = File.Exists(output) ? await File.ReadAllTextAsync(output, cancellationToken) : null;
        var connectors = string.Join(", ", ConnectorManifests.ConnectorNames(await File.ReadAllTextAsync(context.Layout.Full(ConnectorManifests.ValuesFile), cancellationToken)));
        if (current == expected)
        {
            context.Out.WriteLine($"{ConnectorManifests.OutputFile} is current ({connectors}).");
            return ExitCodes.Success;
        }

        if (check)
        {
            context.Error.WriteLine($"error: {ConnectorManifests.OutputFile} is stale; run ./build.sh manifests.");
            return ExitCodes.Failure;
        }

        await File.WriteAllTextAsync(output, expected, cancellationToken);
        context.Out.WriteLine($"wrote {ConnectorManifests.OutputFile} ({connectors}).");
        return ExitCodes.Success;
    }
}
