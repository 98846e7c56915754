using Hub.Build.Processes;

namespace Hub.Build.UnitTests.Fakes;

/// <summary>Records the commands a verb runs instead of running them; <see cref="OnRun"/> scripts the outcome.</summary>
public sealed class FakeProcessRunner : IProcessRunner
{
    public List<ProcessSpec> Runs { get; } = [];

    public List<(ProcessSpec Spec, string LogFile)> Detached { get; } = [];

    public List<TimeSpan?> Timeouts { get; } = [];

    public Func<ProcessSpec, ProcessOutcome> OnRun { get; set; } = _ => new ProcessOutcome(0);

    public Func<ProcessSpec, int> OnStartDetached { get; set; } = _ => 4242;

    public IEnumerable<string> CommandLines => Runs.Select(r => r.CommandLine);

    public Task<ProcessOutcome> RunAsync(ProcessSpec spec, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        Runs.Add(spec);
        Timeouts.Add(timeout);
        return Task.FromResult(OnRun(spec));
    }

    public int StartDetached(ProcessSpec spec, string logFile)
    {
        Detached.Add((spec, logFile));
        return OnStartDetached(spec);
    }
}
