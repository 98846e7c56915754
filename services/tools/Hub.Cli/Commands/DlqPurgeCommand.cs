using System.CommandLine;
using Hub.Cli.Dlq;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Commands;

/// <summary>
/// Marks dead letters as purged: they leave lists and the DLQ depth; Kafka's retention deletes the records. Without
/// --all or --id, only those older than the expiry policy (--older-than, else Dlq__ExpireAfter, else 7d) are taken.
/// </summary>
public static class DlqPurgeCommand
{
    public const string ExpirySetting = "Dlq:ExpireAfter";
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromDays(7);

    private static readonly Option<string?> OlderThan = new("--older-than") { Description = $"Only dead letters that failed longer ago than this ({TimeExpression.DurationHelp}); default: the expiry policy" };

    private static readonly Option<bool> All = new("--all") { Description = "Ignore the expiry policy: every dead letter that matches the filters" };

    public static Command Create()
    {
        var command = new Command("purge", "Give up on dead letters (marked purged in Redis; Kafka retention deletes them)");
        DlqOptions.AddTo(command, withIds: true);
        command.Options.Add(OlderThan);
        command.Options.Add(All);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    /// <summary>The age a dead letter must have to be purged; null = no age rule (--all or explicit ids).</summary>
    public static TimeSpan? ExpiryRule(string? olderThan, bool all, bool explicitIds, string? configured)
    {
        if (olderThan is not null)
        {
            return TimeExpression.ParseDuration(olderThan, "--older-than");
        }

        if (all || explicitIds)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            return DefaultExpiry;
        }

        return TimeExpression.TryParseDuration(configured, out var duration)
            || TimeSpan.TryParse(configured, System.Globalization.CultureInfo.InvariantCulture, out duration)
            ? duration
            : throw CliException.BadInput($"Dlq__ExpireAfter: '{configured}' is not a duration; use {TimeExpression.DurationHelp}.");
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var mode = ChangeOptions.Validate(context.Parse);
        var filter = DlqOptions.Filter(context.Parse, context.Now);
        var rule = ExpiryRule(context.Parse.GetValue(OlderThan), context.Parse.GetValue(All), filter.Refs.Count > 0, context.Settings.Configuration[ExpirySetting]);
        if (rule is { } age)
        {
            var cutoff = context.Now - age;
            filter = filter with { Until = filter.Until is { } until && until < cutoff ? until : cutoff };
        }

        var topics = await DlqSource.TopicsAsync(context, context.Parse.GetValue(DlqOptions.Connector));
        var letters = await DlqSource.ReadAsync(context, topics, filter, cancellationToken);
        context.Output.Line(rule is { } r
            ? $"Expiry rule: dead letters that failed more than {TimeExpression.ShowAge(r)} ago (before {TimeExpression.Show(context.Now - r)})."
            : "No age rule (--all or --id): every matching dead letter.");
        if (letters.Count == 0)
        {
            context.Output.Line("Nothing to purge.");
            if (context.Output.IsJson)
            {
                context.Output.WriteJson(new { dryRun = mode != ChangeMode.Apply, purged = Array.Empty<string>() });
            }

            return ExitCodes.Ok;
        }

        var table = CliOutput.NewTable("id", "failed at", "key", "event id", "kind");
        foreach (var l in letters)
        {
            CliOutput.AddRow(table, l.Ref, TimeExpression.Show(l.FailedAt), l.Key, l.EventId, l.ErrorKind);
        }

        context.Output.Line($"{letters.Count} dead letter(s) to purge:");
        context.Output.Write(table);
        var target = string.Join(",", letters.Select(l => l.Topic).Distinct());
        var ids = letters.Select(l => l.Ref).ToList();
        if (mode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        context.Audit.EnsureWritable();
        if (mode == ChangeMode.DryRun)
        {
            await context.Audit.WriteAsync("dlq purge", target, dryRun: true, "dry-run", new { deadLetters = ids }, cancellationToken);
            Report(context, ids, dryRun: true, forgotten: 0);
            return ExitCodes.Ok;
        }

        var store = new ResolvedStore(context.Redis);
        var entry = new ResolvedEntry("purged", context.Who, context.Now, context.Parse.GetValue(ChangeOptions.Reason));
        long forgotten = 0;
        foreach (var topic in letters.GroupBy(l => l.Topic))
        {
            await store.MarkAsync(topic.Key, topic.Select(l => (l.Partition, l.Offset)), entry);
            var lows = context.Kafka.Partitions(topic.Key).ToDictionary(p => p, p => context.Kafka.Watermarks(topic.Key, p).Low.Value);
            forgotten += await store.ForgetBelowAsync(topic.Key, lows);
        }

        await context.Audit.WriteAsync("dlq purge", target, dryRun: false, "succeeded", new { deadLetters = ids }, cancellationToken);
        Report(context, ids, dryRun: false, forgotten);
        return ExitCodes.Ok;
    }

    private static void Report(CliContext context, List<string> ids, bool dryRun, long forgotten)
    {
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { dryRun, purged = dryRun ? [] : ids, selected = ids });
            return;
        }

        context.Output.Line(dryRun
            ? $"Dry run: {ids.Count} dead letter(s) would be purged; nothing was changed."
            : $"Purged {ids.Count} dead letter(s){(forgotten > 0 ? $"; forgot {forgotten} mark(s) of records Kafka already deleted" : "")}.");
    }
}
