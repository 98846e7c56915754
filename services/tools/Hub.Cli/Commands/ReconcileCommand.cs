using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Cli.Reconcile;
using Hub.Reconciliation;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub reconcile [customers|orders]`: reads what each system holds through its connector's snapshot endpoint
/// (GET /reconcile/{entity}, read-only), compares the records by canonical id under contracts/ownership.yaml and
/// lists what is missing, extra, drifted on an owned field or stale. Read-only; exit code 4 when it found differences,
/// so a scheduled run or a script can act on them (docs/cli.md).
/// </summary>
public static class ReconcileCommand
{
    private static readonly Argument<string> Entity = new("entity")
    {
        Description = "What to compare: customers, or orders (shop orders, ERP sale orders, accounting invoices)",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ReconcileEntities.Customers,
    };

    private static readonly Option<string?> Since = new("--since") { Description = $"Only records changed since, in any system: {TimeExpression.TimeHelp}" };
    private static readonly Option<string[]> Systems = new("--system") { Description = "Only report differences in this system (repeatable; every connector is still read)" };
    private static readonly Option<string> Freshness = new("--freshness")
    {
        Description = $"How far a copy may lag behind the newest copy before it is stale: {TimeExpression.DurationHelp}",
        DefaultValueFactory = _ => "1h",
    };

    private static readonly Option<string?> Ownership = new("--ownership") { Description = "The ownership rules (default: contracts/ownership.yaml next to hub)" };

    public static Command Create()
    {
        var command = new Command("reconcile", "Compare what the systems hold (missing, extra, drift on owned fields, stale) through their connectors");
        command.Arguments.Add(Entity);
        command.Options.Add(Since);
        command.Options.Add(Systems);
        command.Options.Add(ConnectorAddresses.Connectors);
        command.Options.Add(Freshness);
        command.Options.Add(Ownership);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var entity = parse.GetValue(Entity) ?? ReconcileEntities.Customers;
        var rules = OwnershipRules.Load(parse.GetValue(Ownership), EntityNames.TypeOf(entity));
        var options = new ReconcileOptions
        {
            Now = context.Now,
            Since = parse.GetValue(Since) is { } since ? TimeExpression.ParseTime(since, context.Now, "--since") : null,
            FreshnessTarget = TimeExpression.ParseDuration(parse.GetValue(Freshness), "--freshness"),
        };
        var connectors = ConnectorAddresses.Resolve(parse, context.Settings.Configuration);
        var report = parse.GetValue(Systems) ?? [];
        foreach (var unknown in report.Where(s => !connectors.ContainsKey(s)))
        {
            throw CliException.BadInput($"--system {unknown}: no connector address for it (known: {string.Join(", ", connectors.Keys)}).");
        }

        var snapshots = await SnapshotCollector.ReadAsync(connectors, entity, context.Timeout, context.Output.Error, cancellationToken);
        var result = Reconciler.Compare(rules, snapshots, options).About(report);
        ReconcileView.Show(context.Output, result, await DifferenceLinks.FindAsync(context, result, cancellationToken));
        return result.HasDifferences ? ExitCodes.Differences : ExitCodes.Ok;
    }
}
