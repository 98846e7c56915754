using System.Runtime.InteropServices;
using Hub.Build;
using Hub.Build.Processes;

using var cancellation = new CancellationTokenSource();

// Ctrl+C and SIGTERM cancel the running step; the process runner then kills the child's whole tree,
// so nothing the build program started outlives it.
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

var root = RepoLayout.FindRoot(Environment.CurrentDirectory) ?? RepoLayout.FindRoot(AppContext.BaseDirectory);
if (root is null)
{
    Console.Error.WriteLine("error: cannot find the repository root (a folder holding global.json and build/Build.csproj).");
    return 2;
}

var context = new BuildContext(
    new RepoLayout(root), new ProcessRunner(), new HostEnvironment(), Console.Out, Console.Error, TimeProvider.System);
var dispatcher = VerbDispatcher.CreateDefault(context);

try
{
    return await dispatcher.DispatchAsync(args, cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("cancelled; child processes were stopped.");
    return 130;
}

void Cancel(PosixSignalContext signal)
{
    // Keep the process alive long enough to stop the children and report.
    signal.Cancel = true;
    cancellation.Cancel();
}
