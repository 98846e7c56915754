using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Cli.Pause;
using Hub.Messaging.Processing;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub pause &lt;connector&gt;`: the kill switch. Writes the pause to the connector's Redis key; every instance
/// honours it within a few seconds and until `hub resume` (docs/runbooks/pause-a-connector.md).
/// </summary>
public static class PauseCommand
{
    public static Command Create()
    {
        var command = new Command("pause", "Stop a connector (or one subscription, or only its inbound/outbound side) until 'hub resume'");
        PauseTarget.AddTo(command);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var mode = ChangeOptions.Validate(context.Parse);
        var (connector, scope) = PauseTarget.Parse(context.Parse);
        var pause = new ConnectorPause
        {
            Scope = scope ?? PauseScope.All,
            Who = context.Who,
            At = context.Now,
            Reason = context.Parse.GetValue(ChangeOptions.Reason) ?? "",
        };
        var existing = await context.Redis.Guard(() => context.Redis.Pauses.GetAsync(connector));
        context.Output.Line($"To pause {connector}: {PauseTarget.Describe(pause.Scope)}. Events wait in Kafka (subscriptions) or at the vendor (webhooks answer 503); nothing is lost or skipped.");
        foreach (var held in existing)
        {
            context.Output.Line($"  already {held.Describe()}");
        }

        if (mode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        context.Audit.EnsureWritable();
        var details = new { connector, scope = pause.Scope };
        if (mode == ChangeMode.DryRun)
        {
            await context.Audit.WriteAsync("pause", PauseTarget.AuditTarget(connector, scope), dryRun: true, "dry-run", details, cancellationToken);
            Report(context, connector, pause, dryRun: true);
            return ExitCodes.Ok;
        }

        await context.Redis.Guard(() => context.Redis.Pauses.PauseAsync(connector, pause));
        await context.Audit.WriteAsync("pause", PauseTarget.AuditTarget(connector, scope), dryRun: false, "succeeded", details, cancellationToken);
        Report(context, connector, pause, dryRun: false);
        return ExitCodes.Ok;
    }

    private static void Report(CliContext context, string connector, ConnectorPause pause, bool dryRun)
    {
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { dryRun, connector, pause });
            return;
        }

        context.Output.Line(dryRun
            ? $"Dry run: {connector} would be {pause.Describe()}; nothing was changed."
            : $"{connector} is {pause.Describe()}. Running instances stop within {ConnectorPauseWatch.RefreshInterval.TotalSeconds:0} s; 'hub resume {connector}' lets them continue where they stopped.");
    }
}
