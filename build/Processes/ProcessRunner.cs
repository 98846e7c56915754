using System.Diagnostics;

namespace Hub.Build.Processes;

/// <summary>Runs children with inherited console streams, so their output appears live and unbuffered.</summary>
public sealed class ProcessRunner : IProcessRunner
{
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(15);

    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = CreateStartInfo(spec) };
        process.Start();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            deadline.CancelAfter(limit);
        }

        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return new ProcessOutcome(process.ExitCode);
        }
        catch (OperationCanceledException)
        {
            // Killing only the direct child would orphan e.g. the test host under `dotnet test`.
            process.Kill(entireProcessTree: true);
            using var grace = new CancellationTokenSource(KillGrace);
            await process.WaitForExitAsync(grace.Token);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessOutcome(process.ExitCode, TimedOut: true);
        }
    }

    public int StartDetached(ProcessSpec spec, string logFile)
    {
        // .NET cannot point a child's stdout at a file, and a pipe to us would break when we exit, so a shell
        // does the redirection. setsid puts the child in its own session: a later Ctrl+C in this terminal
        // must not reach a stack that `down` is meant to stop.
        var shell = OperatingSystem.IsWindows()
            ? new ProcessSpec("cmd.exe", ["/d", "/c", $"{spec.CommandLine} >> \"{logFile}\" 2>&1"], spec.WorkingDirectory)
            : new ProcessSpec(
                "/bin/sh",
                ["-c", "exec setsid \"$@\" >>\"$0\" 2>&1 </dev/null", logFile, spec.FileName, .. spec.Arguments],
                spec.WorkingDirectory);

        var startInfo = CreateStartInfo(shell with { Environment = spec.Environment });
        startInfo.CreateNoWindow = true;
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"could not start {spec.CommandLine}");
        return process.Id;
    }

    private static ProcessStartInfo CreateStartInfo(ProcessSpec spec)
    {
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
        };
        foreach (var arg in spec.Arguments)
        {
            startInfo.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in spec.Environment)
        {
            startInfo.Environment[name] = value;
        }

        return startInfo;
    }
}
