namespace Hub.Build.Processes;

/// <summary>How a child process ended; <see cref="TimedOut"/> means the runner killed it at its deadline.</summary>
public sealed record ProcessOutcome(int ExitCode, bool TimedOut = false)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
