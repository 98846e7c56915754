using Hub.Build.Steps;

namespace Hub.Build.Verbs;

/// <summary>Builds everything in Release (the demo starts the services as processes) and runs tests/Hub.Demo.</summary>
public sealed class DemoVerb(BuildContext context) : DotnetRunVerb(context)
{
    public override string Name => "demo";

    public override string Usage => "demo [--once]";

    public override string Summary => "build, then run the end-to-end demo (tests/system/Hub.Demo)";

    protected override string ProjectDir => RepoLayout.DemoProject;

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken) =>
        await Context.RunStepAsync("build", Dotnet.BuildSolution(Configuration, restore: true), cancellationToken)
        && await new AptInstaller(Context).EnsureAsync("redis-server", "redis-server", cancellationToken);
}
