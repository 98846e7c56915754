using Hub.Build.DevStack;
using Hub.Build.Processes;

namespace Hub.Build.Verbs;

/// <summary>Stops the dev stack started by `up`: a polite SIGTERM first, a tree kill only after the deadline.</summary>
public sealed class DownVerb(BuildContext context) : IVerb
{
    public string Name => "down";

    public string Usage => "down";

    public string Summary => "stop the dev stack started by 'up'";

    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var layout = context.Layout;
        if (args.Count > 0)
        {
            context.Error.WriteLine("error: 'down' takes no arguments.");
            return ExitCodes.Usage;
        }

        context.Header("down");
        var state = StackState.TryRead(layout.StateFile);
        if (state is null)
        {
            context.Out.WriteLine($"the dev stack is not running (no readable {layout.Relative(layout.StateFile)}).");
            return ExitCodes.Success;
        }

        if (!IsOurDevHost(state.Pid))
        {
            context.Out.WriteLine($"the dev stack is not running (pid {state.Pid} is gone); removing the stale state file.");
            File.Delete(layout.StateFile);
            return ExitCodes.Success;
        }

        context.Out.WriteLine($"stopping the dev host (pid {state.Pid})");
        await context.Runner.RunAsync(StopCommand(state.Pid), TimeSpan.FromSeconds(10), cancellationToken);
        var stopped = await WaitForExitAsync(state.Pid, StopTimeout, cancellationToken);
        if (!stopped)
        {
            context.Error.WriteLine($"the dev host did not exit within {StopTimeout.TotalSeconds:0}s; killing it.");
            context.Host.KillProcessTree(state.Pid);
            stopped = await WaitForExitAsync(state.Pid, TimeSpan.FromSeconds(10), cancellationToken);
        }

        if (!stopped)
        {
            context.Error.WriteLine($"error: pid {state.Pid} is still running.");
            return ExitCodes.Failure;
        }

        File.Delete(layout.StateFile);
        context.Out.WriteLine("the dev stack is stopped.");
        return ExitCodes.Success;
    }

    /// <summary>A stale state file's pid may since have been given to an unrelated process, which we must not stop.</summary>
    private bool IsOurDevHost(int pid) =>
        context.Host.IsProcessAlive(pid)
        && (context.Host.GetCommandLine(pid) is not { } commandLine || commandLine.Contains("Hub.DevHost", StringComparison.Ordinal));

    private ProcessSpec StopCommand(int pid) => context.Host.IsWindows
        ? new ProcessSpec("taskkill", ["/PID", $"{pid}", "/T", "/F"], context.Layout.Root)
        : new ProcessSpec("kill", ["-TERM", $"{pid}"], context.Layout.Root);

    private Task<bool> WaitForExitAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken) =>
        Poll.UntilAsync(() => !context.Host.IsProcessAlive(pid), timeout, context.Time, cancellationToken);
}
