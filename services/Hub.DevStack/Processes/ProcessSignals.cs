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

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Kill(int pid, int signal);
}
