using Hub.Schemas.Gate;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Options;

namespace Hub.ContractsGate;

/// <summary>The gate program: parse arguments, run the checks, print the report, choose the exit code.</summary>
public sealed class GateCommand(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            output.WriteLine(GateArguments.Usage);
            return GateExitCodes.Compatible;
        }

        if (!GateArguments.TryParse(args, out var arguments, out var problem))
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine(GateArguments.Usage);
            return GateExitCodes.BadInput;
        }

        GateReport report;
        try
        {
            report = LocalChecks(arguments);
        }
        catch (GateInputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return GateExitCodes.BadInput;
        }

        if (arguments.Registry is { } url)
        {
            using var client = SchemaRegistryClients.Create(new SchemaRegistryOptions { Url = url.ToString() });
            try
            {
                var (findings, notes) = await new RegistryCompatibilityCheck(client, url).CheckAsync(report, cancellationToken);
                report = report.With(findings, notes);
            }
            catch (Exception e) when (RegistryFailures.IsUnavailable(e) || e is Confluent.SchemaRegistry.SchemaRegistryException)
            {
                output.Write(report.Format());
                error.WriteLine($"error: the registry at {url} could not be asked: {e.Message}");
                return report.Passed ? GateExitCodes.BadInput : GateExitCodes.Incompatible;
            }
        }

        output.Write(report.Format());
        return report.Passed ? GateExitCodes.Compatible : GateExitCodes.Incompatible;
    }

    private static GateReport LocalChecks(GateArguments arguments)
    {
        ICommittedContracts? committed = null;
        string? skipped = "--no-git was given";
        if (arguments.UseGit)
        {
            committed = GitCommittedContracts.Open(arguments.Contracts, arguments.GitRevision, out skipped);
        }

        var report = new Hub.Schemas.Gate.ContractsGate(committed).Check(arguments.Contracts);
        return committed is null
            ? report.With([], [$"published versions were not compared with committed ones: {skipped}."])
            : report;
    }
}
