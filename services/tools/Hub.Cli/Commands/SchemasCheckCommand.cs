using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Schemas.Gate;
using Hub.Serialization.Avro.Registry;

namespace Hub.Cli.Commands;

/// <summary>
/// The contracts gate's local checks (each version against earlier ones, at the level in compatibility.json), and,
/// when a registry is given, each event's newest version against its subject there. Exit 1 when anything is refused.
/// </summary>
public static class SchemasCheckCommand
{
    private static readonly Option<string?> Contracts = new("--contracts") { Description = "The contracts folder (default: contracts/avro above the current directory)" };

    public static Command Create()
    {
        var command = new Command("check", "Contracts against their own history and against the registry");
        command.Options.Add(Contracts);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var folder = context.Parse.GetValue(Contracts) ?? FindContracts(Directory.GetCurrentDirectory())
            ?? throw CliException.BadInput("No contracts folder: pass --contracts, or run from inside the repository (contracts/avro).");
        GateReport report;
        try
        {
            report = new ContractsGate().Check(folder);
        }
        catch (GateInputException ex)
        {
            throw CliException.BadInput(ex.Message);
        }

        var refused = new List<string>();
        var notes = new List<string>(report.Notes);
        if (context.HasRegistry)
        {
            foreach (var (file, schema) in report.LatestVersions)
            {
                if (!report.Settings.Subjects.TryGetValue(file.EventName, out var subject))
                {
                    notes.Add($"{file.EventName}: no subject declared; not checked against the registry.");
                    continue;
                }

                try
                {
                    if (!await context.Registry.IsCompatibleAsync(subject, new Confluent.SchemaRegistry.Schema(schema.Text, Confluent.SchemaRegistry.SchemaType.Avro)).WaitAsync(cancellationToken))
                    {
                        // Confluent's client answers yes or no; the local findings above say why, where they can.
                        refused.Add($"{file.Label} would be refused under '{subject}' at the subject's compatibility level.");
                    }
                }
                catch (Exception ex) when (RegistryFailures.IsSubjectNotFound(ex))
                {
                    notes.Add($"{subject} is not registered yet; {file.Label} not checked against it.");
                }
            }
        }
        else
        {
            notes.Add("No registry given (--registry or SchemaRegistry__Url): only the local checks ran.");
        }

        var passed = report.Passed && refused.Count == 0;
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { passed, findings = report.Findings.Select(f => f.Summary).Concat(refused).ToList(), notes });
        }
        else
        {
            context.Output.Out.Write(report.Format());
            foreach (var line in refused)
            {
                context.Output.Line($"REGISTRY: {line}");
            }

            foreach (var note in notes.Except(report.Notes))
            {
                context.Output.Line($"note: {note}");
            }
        }

        return passed ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static string? FindContracts(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "contracts", "avro");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
