using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Hub.DevStack;

/// <summary>Sends Unix signals to processes the tooling started: the graceful-shutdown path a service manager uses.</summary>
public static partial class ProcessSignals
{
    private const int SigTerm = 15;

    /// <summary>SIGTERM, as a service manager or <c>kubectl delete pod</c> sends it.</summary>
    public static void Terminate(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("SIGTERM is a Unix signal.");
        }

        if (Kill(process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>SIGTERM, then a kill of the whole process tree if it has not exited within <paramref name="grace"/>.</summary>
    public static async Task StopAsync(Process process, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.HasExited)
        {
            return;
        }

        Terminate(process);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Kill(int pid, int signal);
}
