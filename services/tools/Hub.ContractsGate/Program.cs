using Hub.ContractsGate;

// Checks contracts/avro against its own history, its committed state and optionally a running registry.
// Exit codes: 0 compatible, 1 a problem found, 2 bad input (arguments, missing folder or level file, registry unreachable).
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await new GateCommand(Console.Out, Console.Error).RunAsync(args, cancellation.Token);
