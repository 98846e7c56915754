using System.CommandLine;
using System.Globalization;
using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Commands;

public static class CheckpointsShowCommand
{
    private static readonly Argument<string> Connector = new("connector") { Description = "A connector or group" };
    private static readonly Option<int> History = new("--history") { Description = "Also show this many history entries per partition (newest first)", DefaultValueFactory = _ => 5 };

    public static Command Create()
    {
        var command = new Command("show", "Each partition's checkpoint (offset, event time, processed time) and recent history");
        command.Arguments.Add(Connector);
        command.Options.Add(History);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var depth = context.Parse.GetValue(History);
        if (depth < 0)
        {
            throw CliException.BadInput("--history must be 0 or more.");
        }

        var groups = GroupDiscovery.Select(await GroupDiscovery.DiscoverAsync(context.Redis), context.Parse.GetValue(Connector));
        var report = new List<object>();
        var table = CliOutput.NewTable("group", "partition", "entry", "offset", "event time", "processed at");
        foreach (var group in groups)
        {
            foreach (var partition in group.Partitions)
            {
                var checkpoint = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointAsync(group.Group, partition, cancellationToken));
                var history = depth == 0 ? [] : await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointHistoryAsync(group.Group, partition, depth, cancellationToken));
                report.Add(new { group = group.Group, partition.Topic, partition.Partition, checkpoint, history });
                if (checkpoint is not null)
                {
                    CliOutput.AddRow(table, group.Group, partition.ToString(), "current", checkpoint.Offset.ToString(CultureInfo.InvariantCulture), TimeExpression.Show(checkpoint.EventTime), TimeExpression.Show(checkpoint.ProcessedAt));
                }

                foreach (var (entry, i) in history.Select((e, i) => (e, i)))
                {
                    CliOutput.AddRow(table, "", "", $"history {i}", entry.Offset.ToString(CultureInfo.InvariantCulture), TimeExpression.Show(entry.EventTime), TimeExpression.Show(entry.ProcessedAt));
                }
            }
        }

        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { checkpoints = report });
        }
        else
        {
            context.Output.Write(table);
        }

        return ExitCodes.Ok;
    }
}
