using System.Runtime.InteropServices;
using Hub.Demo;

// ./build.sh demo [--once]: without --once the platform stays up until Ctrl+C (or SIGTERM), then stops cleanly.
using var cancel = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await new DemoRunner(args.Contains("--once"), Console.Out).RunAsync(cancel.Token);
