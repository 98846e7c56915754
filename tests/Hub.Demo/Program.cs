using Hub.Demo;

// ./build.sh demo [--once]: without --once the stack stays up until Ctrl+C.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await new DemoRunner(args.Contains("--once"), Console.Out).RunAsync(cancel.Token);
