using System.CommandLine;
using Hub.Cli.Dlq;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Commands;

public static class DlqListCommand
{
    private static readonly Option<int> Limit = new("--limit") { Description = "Show at most this many (newest last)", DefaultValueFactory = _ => 200 };

    public static Command Create()
    {
        var command = new Command("list", "Unresolved dead letters, filtered by connector, error, time, key");
        DlqOptions.AddTo(command, withIds: false);
        command.Options.Add(Limit);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var filter = DlqOptions.Filter(context.Parse, context.Now);
        var limit = context.Parse.GetValue(Limit);
        if (limit < 1)
        {
            throw CliException.BadInput("--limit must be at least 1.");
        }

        var topics = await DlqSource.TopicsAsync(context, context.Parse.GetValue(DlqOptions.Connector));
        var letters = await DlqSource.ReadAsync(context, topics, filter, cancellationToken);
        var shown = letters.TakeLast(limit).ToList();
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { topics, count = letters.Count, deadLetters = shown });
            return ExitCodes.Ok;
        }

        if (letters.Count == 0)
        {
            context.Output.Line($"No {(filter.IncludeResolved ? "" : "unresolved ")}dead letters in {(topics.Count == 0 ? "any dead-letter topic" : string.Join(", ", topics))}.");
            return ExitCodes.Ok;
        }

        var table = CliOutput.NewTable("id", "failed at", "key", "event id", "type", "kind", "error", "attempts", "resolved");
        foreach (var l in shown)
        {
            CliOutput.AddRow(table, l.Ref, TimeExpression.Show(l.FailedAt), l.Key, l.EventId, l.EventType, l.ErrorKind, $"{l.ErrorClass}: {l.ErrorMessage}", l.AttemptCount?.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Resolved is { } r ? $"{r.Action} by {r.By}" : "");
        }

        context.Output.Write(table);
        context.Output.Line($"{letters.Count} dead letter(s){(letters.Count > shown.Count ? $", the newest {shown.Count} shown (--limit)" : "")}. Details: hub dlq show <id>.");
        return ExitCodes.Ok;
    }
}
