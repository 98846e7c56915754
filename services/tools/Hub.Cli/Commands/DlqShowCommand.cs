using System.CommandLine;
using Hub.Cli.Dlq;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Commands;

public static class DlqShowCommand
{
    private static readonly Argument<string> Id = new("id") { Description = "The dead letter, as topic:partition:offset ('hub dlq list' shows it)" };

    public static Command Create()
    {
        var command = new Command("show", "One dead letter: headers, error, and the event decoded (Avro to JSON)");
        command.Arguments.Add(Id);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var id = DlqOptions.ValidateRef(context.Parse.GetValue(Id)!);
        var parts = id.Split(':');
        var (topic, partition, offset) = (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        if (!context.Kafka.Partitions(topic).Contains(partition))
        {
            throw CliException.BadInput($"{topic} has no partition {partition}.");
        }

        var marks = context.Kafka.Watermarks(topic, partition);
        if (offset < marks.Low.Value || offset >= marks.High.Value)
        {
            throw CliException.BadInput($"{topic}[{partition}] holds offsets {marks.Low.Value}..{marks.High.Value - 1}; {offset} is not there (deleted by retention, or never written).");
        }

        var result = context.Kafka.Read([new OffsetRange(topic, partition, offset, offset + 1)], null, cancellationToken).SingleOrDefault()
            ?? throw CliException.Failed($"{id} could not be read.");
        var resolved = await new ResolvedStore(context.Redis).ReadAsync(topic);
        var letter = DeadLetter.From(result) with { Resolved = resolved.GetValueOrDefault(ResolvedStore.Field(partition, offset)) };
        var value = await new ValueRenderer(context).RenderAsync(letter.OriginalTopic ?? topic, result.Message.Value, cancellationToken);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { deadLetter = letter, value });
            return ExitCodes.Ok;
        }

        var summary = CliOutput.NewTable("field", "value");
        CliOutput.AddRow(summary, "id", letter.Ref);
        CliOutput.AddRow(summary, "group", letter.Group);
        CliOutput.AddRow(summary, "key", letter.Key);
        CliOutput.AddRow(summary, "event", $"{letter.EventId} ({letter.EventType})");
        CliOutput.AddRow(summary, "from", $"{letter.OriginalTopic}[{letter.OriginalPartition}] offset {letter.OriginalOffset}");
        CliOutput.AddRow(summary, "error", $"{letter.ErrorKind}: {letter.ErrorClass}: {letter.ErrorMessage}");
        CliOutput.AddRow(summary, "attempts", $"{letter.AttemptCount}, first failure {Show(letter.FirstFailureAt)}, last {Show(letter.LastFailureAt)}");
        CliOutput.AddRow(summary, "resolved", letter.Resolved is { } r ? $"{r.Action} by {r.By} at {TimeExpression.Show(r.At)}: {r.Reason}" : "no");
        context.Output.Write(summary);
        var headers = CliOutput.NewTable("header", "value");
        foreach (var (name, text) in letter.Headers)
        {
            CliOutput.AddRow(headers, name, text);
        }

        context.Output.Write(headers);
        context.Output.Line($"value ({value.Encoding}):");
        context.Output.Line(value.Value?.ToJsonString(CliOutput.Json) ?? "null");
        return ExitCodes.Ok;
    }

    private static string Show(DateTimeOffset? time) => time is { } t ? TimeExpression.Show(t) : "?";
}
