using System.CommandLine;
using Hub.Cli.Dlq;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Commands;

public static class DlqReplayCommand
{
    public static Command Create()
    {
        var command = new Command("replay", "Send selected dead letters back to their connector (through its retry topic); dedup still protects the target");
        DlqOptions.AddTo(command, withIds: true);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var mode = ChangeOptions.Validate(context.Parse);
        var filter = DlqOptions.Filter(context.Parse, context.Now);
        var topics = await DlqSource.TopicsAsync(context, context.Parse.GetValue(DlqOptions.Connector));
        var letters = await DlqSource.ReadAsync(context, topics, filter, cancellationToken);
        var missingRefs = filter.Refs.Except(letters.Select(l => l.Ref)).ToList();
        if (missingRefs.Count > 0)
        {
            throw CliException.BadInput($"Not found among the {(filter.IncludeResolved ? "" : "unresolved ")}dead letters: {string.Join(", ", missingRefs)}.");
        }

        var unroutable = letters.Where(l => l.Group is null || !context.Kafka.TopicExists(DeadLetterCopy.TargetTopic(l))).ToList();
        if (unroutable.Count > 0)
        {
            throw CliException.Failed($"No retry topic to send these to: {string.Join(", ", unroutable.Select(l => l.Ref))} (expected <group>.retry).");
        }

        ShowPlan(context, letters);
        if (letters.Count == 0)
        {
            return ExitCodes.Ok;
        }

        var target = string.Join(",", letters.Select(l => l.Group).Distinct());
        var details = new { deadLetters = letters.Select(l => new { id = l.Ref, l.EventId, to = DeadLetterCopy.TargetTopic(l) }).ToList() };
        switch (mode)
        {
            case ChangeMode.Preview:
                throw ChangeOptions.MissingYes();
            case ChangeMode.DryRun:
                context.Audit.EnsureWritable();
                await context.Audit.WriteAsync("dlq replay", target, dryRun: true, "dry-run", details, cancellationToken);
                Report(context, letters, [], dryRun: true);
                return ExitCodes.Ok;
        }

        context.Audit.EnsureWritable();
        var store = new ResolvedStore(context.Redis);
        var replayed = new List<DeadLetter>();
        string? failure = null;
        foreach (var letter in letters)
        {
            try
            {
                await context.Kafka.ProduceAsync(DeadLetterCopy.TargetTopic(letter), DeadLetterCopy.Create(letter, context.Now), cancellationToken);
                replayed.Add(letter);
            }
            catch (CliException ex)
            {
                failure = ex.Message;
                break;
            }
        }

        var entry = new ResolvedEntry("replayed", context.Who, context.Now, context.Parse.GetValue(ChangeOptions.Reason));
        foreach (var topic in replayed.GroupBy(l => l.Topic))
        {
            await store.MarkAsync(topic.Key, topic.Select(l => (l.Partition, l.Offset)), entry);
        }

        var outcome = failure is null ? "succeeded" : $"partially-failed: {replayed.Count} of {letters.Count} sent; {failure}";
        await context.Audit.WriteAsync("dlq replay", target, dryRun: false, outcome, new { replayed = replayed.Select(l => l.Ref).ToList(), notSent = letters.Except(replayed).Select(l => l.Ref).ToList() }, cancellationToken);
        Report(context, letters, replayed, dryRun: false);
        if (failure is not null)
        {
            throw CliException.Failed($"Stopped after {replayed.Count} of {letters.Count}: {failure}. Those sent are marked resolved; re-run to send the rest.");
        }

        return ExitCodes.Ok;
    }

    private static void ShowPlan(CliContext context, List<DeadLetter> letters)
    {
        if (letters.Count == 0)
        {
            context.Output.Line("Nothing to replay: no dead letter matches.");
            return;
        }

        context.Output.Line($"{letters.Count} dead letter(s) to send back to their connector's retry topic:");
        var table = CliOutput.NewTable("id", "key", "event id", "kind", "error", "to");
        foreach (var l in letters)
        {
            CliOutput.AddRow(table, l.Ref, l.Key, l.EventId, l.ErrorKind, l.ErrorClass, DeadLetterCopy.TargetTopic(l));
        }

        context.Output.Write(table);
    }

    private static void Report(CliContext context, List<DeadLetter> selected, List<DeadLetter> replayed, bool dryRun)
    {
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { dryRun, selected = selected.Select(l => l.Ref).ToList(), replayed = replayed.Select(l => l.Ref).ToList() });
            return;
        }

        context.Output.Line(dryRun
            ? $"Dry run: {selected.Count} dead letter(s) would be replayed; nothing was changed."
            : $"Replayed {replayed.Count} of {selected.Count} dead letter(s); they are marked resolved. Follow them with 'hub trace <event id>'.");
    }
}
