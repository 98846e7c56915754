using System.CommandLine;
using System.Globalization;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Commands;

public static class TopicsListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "Each declared topic and whether the cluster has it as declared");
        command.Options.Add(TopicsCommand.TopicsFile);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var catalog = TopicsCommand.LoadCatalog(context);
        var states = TopicsCommand.Compare(context, catalog);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { file = catalog.Source, topics = states });
            return Task.FromResult(ExitCodes.Ok);
        }

        var table = CliOutput.NewTable("topic", "partitions (declared)", "partitions (cluster)", "rf", "cleanup", "retention", "state");
        foreach (var s in states)
        {
            CliOutput.AddRow(table, s.Name, s.DeclaredPartitions.ToString(CultureInfo.InvariantCulture), s.ActualPartitions?.ToString(CultureInfo.InvariantCulture) ?? "-",
                s.ReplicationFactor.ToString(CultureInfo.InvariantCulture), s.CleanupPolicy, s.RetentionMs is { } ms ? (ms < 0 ? "forever" : TimeExpression.ShowAge(TimeSpan.FromMilliseconds(ms))) : "broker default", s.State);
        }

        context.Output.Write(table);
        context.Output.Line($"{catalog.Source}: {states.Count} declared, {states.Count(s => s.State == "missing")} missing, {states.Count(s => s.State is not "ok" and not "missing")} differing.");
        return Task.FromResult(ExitCodes.Ok);
    }
}
