using System.CommandLine;

namespace Hub.Cli.Commands;

public static class CheckpointsCommand
{
    public static Command Create()
    {
        var command = new Command("checkpoints", "Redis checkpoints per partition and their history");
        command.Subcommands.Add(CheckpointsShowCommand.Create());
        command.Subcommands.Add(CheckpointsRestoreCommand.Create());
        return command;
    }
}
