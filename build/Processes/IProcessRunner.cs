namespace Hub.Build.Processes;

/// <summary>Starts child processes. The real one streams their output through; tests record the commands.</summary>
public interface IProcessRunner
{
    /// <summary>
    /// Runs <paramref name="spec"/> to completion with its output going to our console. On cancellation or at
    /// <paramref name="timeout"/> the child's whole process tree is killed.
    /// </summary>
    Task<ProcessOutcome> RunAsync(ProcessSpec spec, TimeSpan? timeout, CancellationToken cancellationToken);

    /// <summary>Starts <paramref name="spec"/> so that it outlives the build program, output appended to
    /// <paramref name="logFile"/>; returns the process id of the started process.</summary>
    int StartDetached(ProcessSpec spec, string logFile);
}
