using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Cli.Quality;
using Hub.Cli.Reconcile;
using Hub.Quality;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub quality &lt;system&gt; &lt;entity&gt;`: runs a system's records (read through its connector, paged and read-only, or a
/// legacy export file sent to the legacy connector) through the connector's inbound mapping and reports completeness,
/// duplicate candidates, formats, values the value maps do not cover and rejects by reason: what a team needs before
/// switching the connector on. Exit code 4 when it found something (docs/cli.md), like `hub reconcile`.
/// </summary>
public static class QualityCommand
{
    private static readonly Argument<string> System = new("system") { Description = "The system, as contracts/ownership.yaml names it (crm, legacy-csv)" };

    private static readonly Argument<string> Entity = new("entity") { Description = "What to profile (customers)" };

    private static readonly Option<string?> File = new("--file") { Description = "A legacy export file to profile, sent to the system's connector, which reads it as its drop folder would" };

    private static readonly Option<string?> Ownership = new("--ownership") { Description = "The ownership rules naming the match keys (default: contracts/ownership.yaml next to hub)" };

    public static Command Create()
    {
        var command = new Command("quality", "Profile a system's records through its connector's inbound mapping before switching the connector on");
        command.Arguments.Add(System);
        command.Arguments.Add(Entity);
        command.Options.Add(ConnectorAddresses.Connectors);
        command.Options.Add(File);
        command.Options.Add(Ownership);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var system = parse.GetValue(System)!;
        var entity = parse.GetValue(Entity)!;
        var identity = OwnershipRules.Load(parse.GetValue(Ownership), EntityNames.TypeOf(entity));
        var file = parse.GetValue(File);
        if (file is not null && !global::System.IO.File.Exists(file))
        {
            throw CliException.BadInput($"--file: {file} does not exist.");
        }

        var connectors = ConnectorAddresses.Resolve(parse, context.Settings.Configuration);
        var address = connectors.GetValueOrDefault(system)
            ?? throw CliException.BadInput($"No connector address for {system} (known: {string.Join(", ", connectors.Keys)}); pass --connector {system}=<url>.");
        var records = await ProfiledRecordsCollector.ReadAsync(system, address, entity, file, context.Timeout, context.Output.Error, cancellationToken);
        var profile = QualityProfiler.Profile(records, DuplicateCandidates.KeysFor(identity));
        QualityView.Show(context.Output, profile);
        return profile.HasFindings ? ExitCodes.Differences : ExitCodes.Ok;
    }
}
