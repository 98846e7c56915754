using System.CommandLine;
using Hub.Cli.Conflicts;
using Hub.Cli.Infrastructure;

namespace Hub.Cli.Commands;

public static class ConflictsListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "Pending conflicts (oldest first), or decided ones with --decided");
        ConflictOptions.AddFilterTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var filter = ConflictOptions.Filter(context.Parse);
        var queue = await ConflictQueue.ConnectAsync(context);
        var (conflicts, truncated) = await queue.ListAsync(filter);
        if (truncated)
        {
            context.Output.Warn($"only the first {ConflictQueue.ScanLimit} {(filter.Decided ? "decided" : "pending")} conflicts were searched.");
        }

        var which = filter.Decided ? "decided" : "pending";
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { status = which, count = conflicts.Count, conflicts });
            return ExitCodes.Ok;
        }

        if (conflicts.Count == 0)
        {
            context.Output.Line($"No {which} conflicts{(filter.HasCriteria ? " match" : "")}.");
            return ExitCodes.Ok;
        }

        context.Output.Write(ConflictView.List(conflicts));
        context.Output.Line($"{conflicts.Count} {which} conflict(s){(conflicts.Count == filter.Limit ? " (--limit reached)" : "")}. Details: hub conflicts show <id>.");
        return ExitCodes.Ok;
    }
}
