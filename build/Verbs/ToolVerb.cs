using Hub.Build.Steps;

namespace Hub.Build.Verbs;

/// <summary>
/// Packs the operator CLI as a .NET tool (services/tools/Hub.Cli, command `hub`) into artifacts/tool-feed and prints how
/// to install it from there, so operators run `hub status` rather than `dotnet path/to/hub.dll status`.
/// </summary>
public sealed class ToolVerb(BuildContext context) : IVerb
{
    private const string Configuration = "Release";

    public string Name => "tool";

    public string Usage => "tool";

    public string Summary => "pack the operator CLI `hub` as a .NET tool into artifacts/tool-feed";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var dotnet = new DotnetCommands(context.Layout);
        if (!await context.RunStepAsync("pack Hub.Cli as a .NET tool", dotnet.PackTool(Configuration), cancellationToken))
        {
            return ExitCodes.Failure;
        }

        context.Out.WriteLine($"Install it with: dotnet tool install --global Hub.Cli --add-source {RepoLayout.ToolFeedDir}");
        context.Out.WriteLine($"  (or --tool-path <dir> instead of --global; update with dotnet tool update --global Hub.Cli --add-source {RepoLayout.ToolFeedDir})");
        return ExitCodes.Success;
    }
}
