using Hub.Build.DevStack;
using Hub.Build.Processes;
using Hub.Build.Steps;

namespace Hub.Build.Verbs;

/// <summary>Builds and starts the embedded dev stack (services/dev/Hub.DevHost) in the background.</summary>
public sealed class UpVerb(BuildContext context) : IVerb
{
    private const string Configuration = "Release";

    public string Name => "up";

    public string Usage => "up";

    public string Summary => "build and start the embedded dev stack in the background (.devstack/)";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var layout = context.Layout;
        if (args.Count > 0)
        {
            context.Error.WriteLine("error: 'up' takes no arguments.");
            return ExitCodes.Usage;
        }

        var running = StackState.TryRead(layout.StateFile);
        if (running is not null && context.Host.IsProcessAlive(running.Pid))
        {
            context.Out.WriteLine("the dev stack is already running.");
            DevStackPrinter.PrintEndpoints(context.Out, running);
            return ExitCodes.Success;
        }

        if (!File.Exists(layout.Full(RepoLayout.DevHostProject)))
        {
            context.Error.WriteLine($"error: {RepoLayout.DevHostProject} does not exist yet; nothing to start.");
            return ExitCodes.Failure;
        }

        var dotnet = new DotnetCommands(layout);
        if (!await context.RunStepAsync("build Hub.DevHost", dotnet.BuildProject(RepoLayout.DevHostProject, Configuration), cancellationToken)
            || !await new AptInstaller(context).EnsureAsync("redis-server", "redis-server", cancellationToken))
        {
            return ExitCodes.Failure;
        }

        context.Header("up");
        Directory.CreateDirectory(layout.StateDir);
        File.Delete(layout.StateFile);
        var spec = new ProcessSpec(
            "dotnet", [RepoLayout.DevHostDll(Configuration), "--state-dir", RepoLayout.StateDirName], layout.Root);
        context.Out.WriteLine($"starting {spec.CommandLine} (output: {layout.Relative(layout.DevHostLog)})");
        var pid = context.Runner.StartDetached(spec, layout.DevHostLog);
        return await WaitForStateAsync(pid, cancellationToken);
    }

    private async Task<int> WaitForStateAsync(int pid, CancellationToken cancellationToken)
    {
        var layout = context.Layout;
        StackState? state = null;
        bool ReadyOrGone() => (state = StackState.TryRead(layout.StateFile)) is not null || !context.Host.IsProcessAlive(pid);

        try
        {
            await Poll.UntilAsync(ReadyOrGone, StartTimeout, context.Time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Interrupted before the stack was up: nobody would know to run `down`, so do not leave it behind.
            context.Host.KillProcessTree(pid);
            throw;
        }

        if (state is not null)
        {
            DevStackPrinter.PrintEndpoints(context.Out, state);
            return ExitCodes.Success;
        }

        var alive = context.Host.IsProcessAlive(pid);
        context.Error.WriteLine(alive
            ? $"error: the dev host wrote no {layout.Relative(layout.StateFile)} within {StartTimeout.TotalSeconds:0}s; stopping it."
            : "error: the dev host exited before it wrote its state file.");
        if (alive)
        {
            context.Host.KillProcessTree(pid);
        }

        DevStackPrinter.PrintLogTail(context.Error, layout.DevHostLog);
        return ExitCodes.Failure;
    }
}
