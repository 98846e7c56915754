using Hub.Build.Steps;

namespace Hub.Build.Verbs;

/// <summary>
/// The contracts gate on its own (it also runs inside `test`): builds services/tools/Hub.ContractsGate and runs it on
/// contracts/avro; options such as --registry &lt;url&gt; pass through. The exit code is the gate's (0 ok,
/// 1 incompatible, 2 bad input).
/// </summary>
public sealed class SchemasVerb(BuildContext context) : IVerb
{
    // Debug, as in `test`, so both verbs share one build of the gate.
    private const string Configuration = "Debug";

    public string Name => "schemas";

    public string Usage => "schemas [args]";

    public string Summary => "check contracts/avro for compatibility (history, git HEAD, --registry <url>)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var dotnet = new DotnetCommands(context.Layout);
        if (!await context.RunStepAsync("build Hub.ContractsGate", dotnet.BuildProject(RepoLayout.ContractsGateProject, Configuration), cancellationToken))
        {
            return ExitCodes.Failure;
        }

        context.Header("contracts gate");
        var outcome = await context.Runner.RunAsync(dotnet.ContractsGate(Configuration, args), timeout: null, cancellationToken);
        return outcome.ExitCode;
    }
}
