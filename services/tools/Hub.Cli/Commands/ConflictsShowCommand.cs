using System.CommandLine;
using Hub.Cli.Conflicts;
using Hub.Cli.Infrastructure;
using Hub.Identity;

namespace Hub.Cli.Commands;

public static class ConflictsShowCommand
{
    public static Command Create()
    {
        var command = new Command("show", "One conflict: values, systems, times, decision, and the entity's records in each system");
        command.Arguments.Add(ConflictOptions.Id);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var id = ConflictOptions.RequireId(context.Parse);
        var queue = await ConflictQueue.ConnectAsync(context);
        var conflict = await queue.RequireAsync(id);
        var links = await queue.LinksAsync(conflict);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { conflict, records = links });
            return ExitCodes.Ok;
        }

        context.Output.Write(ConflictView.Details(conflict, links));
        if (conflict.Status == ConflictStatus.Pending)
        {
            context.Output.Line($"Decide: hub conflicts accept|reject {conflict.ConflictId} --yes --reason \"...\"");
        }

        return ExitCodes.Ok;
    }
}
