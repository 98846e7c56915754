using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Cli.Revert;
using Hub.Identity;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub revert &lt;connector&gt; --since`: plans, from the write journal (hub.writes), the writes that put back what the
/// fields the platform changed in the window held before, shows the plan, and with --yes --reason publishes one revert
/// request per record on hub.reverts for the connector to apply (it holds the credentials and checks each field still
/// holds what the platform wrote). docs/runbooks/release-corrupted-records.md.
/// </summary>
public static class RevertCommand
{
    private static readonly Argument<string> Connector = new("connector") { Description = "The connector whose writes to undo (e.g. crm-connector), or its system name (crm)" };
    private static readonly Option<string> Since = new("--since") { Description = $"Undo writes made at or after: {TimeExpression.TimeHelp}", Required = true };
    private static readonly Option<string?> Until = new("--until") { Description = "Only writes made before this time (default: now)" };
    private static readonly Option<string?> Entity = new("--entity") { Description = "Only this record: a canonical id or the record's id in the system" };
    private static readonly Option<string> RequestsTopic = new("--requests-topic")
    {
        Description = $"Where the connector reads revert requests (default {RevertMessage.Topic}; another when its Subscriptions:reverts:Topics says so)",
        DefaultValueFactory = _ => RevertMessage.Topic,
    };

    public static Command Create()
    {
        var command = new Command("revert", "Put back the values a connector's writes replaced in a time window (plan first; --yes --reason to apply)");
        command.Arguments.Add(Connector);
        command.Options.Add(Since);
        command.Options.Add(Until);
        command.Options.Add(Entity);
        command.Options.Add(RequestsTopic);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var mode = ChangeOptions.Validate(parse);
        var window = new RevertWindow(
            RevertWindow.SystemOf(parse.GetValue(Connector) ?? ""),
            TimeExpression.ParseTime(parse.GetValue(Since), context.Now, "--since"),
            parse.GetValue(Until) is { } until ? TimeExpression.ParseTime(until, context.Now, "--until") : null,
            parse.GetValue(Entity));
        var (entries, unreadable) = JournalReader.Read(context, cancellationToken);
        if (unreadable > 0)
        {
            context.Output.Warn($"{unreadable} message(s) on {JournalReader.Topic} are not journal entries and were skipped.");
        }

        var plan = RevertPlanner.Plan(entries, window);
        RevertView.Show(context.Output, plan);
        if (plan.Records.Count == 0)
        {
            context.Output.Line("Nothing to revert.");
            return ExitCodes.Ok;
        }

        if (mode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        context.Audit.EnsureWritable();
        var revertId = Guid.NewGuid().ToString("N")[..12];
        var target = $"{window.System}:revert";
        var details = new { revertId, window, records = plan.Records.Count, fields = plan.FieldCount, skipped = plan.Skipped.Count };
        if (mode == ChangeMode.DryRun)
        {
            await context.Audit.WriteAsync("revert", target, dryRun: true, "dry-run", details, cancellationToken);
            context.Output.Line($"Dry run: {plan.FieldCount} field(s) of {plan.Records.Count} record(s) would be put back; nothing was changed.");
            return ExitCodes.Ok;
        }

        var requests = parse.GetValue(RequestsTopic) ?? RevertMessage.Topic;
        if (!context.Kafka.TopicExists(requests))
        {
            throw CliException.Failed($"The topic {requests} does not exist on {context.Kafka.Bootstrap}, so nothing was requested. Create it with 'hub topics apply --yes --reason ...'.");
        }

        foreach (var record in plan.Records)
        {
            var request = new RevertRequest
            {
                RevertId = revertId,
                System = window.System,
                EntityType = record.EntityType,
                CanonicalId = record.CanonicalId,
                RecordId = record.RecordId,
                Fields = record.Fields,
                EntryIds = record.EntryIds,
                RequestedBy = context.Who,
                Reason = parse.GetValue(ChangeOptions.Reason),
                RequestedAt = context.Now,
            };
            await context.Kafka.ProduceAsync(requests, RevertMessage.Create(request), cancellationToken);
        }

        await context.Audit.WriteAsync("revert", target, dryRun: false, "requested", details, cancellationToken);
        context.Output.Line($"Revert {revertId}: {plan.Records.Count} request(s) published on {requests}. The connector puts each field back only while it still holds what the platform wrote; fields changed since are reported as conflicts, not overwritten.");
        return ExitCodes.Ok;
    }
}
