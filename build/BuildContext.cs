using Hub.Build.Processes;

namespace Hub.Build;

/// <summary>Everything a verb touches outside its own logic, so unit tests can replace it.</summary>
public sealed record BuildContext(
    RepoLayout Layout,
    IProcessRunner Runner,
    IHostEnvironment Host,
    TextWriter Out,
    TextWriter Error,
    TimeProvider Time)
{
    public void Header(string step) => Out.WriteLine($"==> {step}");

    /// <summary>Prints the step header, runs the command with its output streaming through, reports a failure.</summary>
    public async Task<bool> RunStepAsync(string title, ProcessSpec spec, CancellationToken cancellationToken)
    {
        Header(title);
        var outcome = await Runner.RunAsync(spec, timeout: null, cancellationToken);
        if (!outcome.Succeeded)
        {
            Error.WriteLine($"error: '{spec.CommandLine}' failed with exit code {outcome.ExitCode}.");
        }

        return outcome.Succeeded;
    }
}
