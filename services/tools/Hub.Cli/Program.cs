using Hub.Cli;

// `hub`, the operator CLI: see docs/cli.md. Exit codes: 0 ok, 1 failed, 2 bad input, 3 infrastructure unreachable.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await HubCommandLine.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
