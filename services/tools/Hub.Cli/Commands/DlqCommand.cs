using System.CommandLine;

namespace Hub.Cli.Commands;

public static class DlqCommand
{
    public static Command Create()
    {
        var command = new Command("dlq", "Dead letters: list, show (decoded), replay to the connector, purge");
        command.Subcommands.Add(DlqListCommand.Create());
        command.Subcommands.Add(DlqShowCommand.Create());
        command.Subcommands.Add(DlqReplayCommand.Create());
        command.Subcommands.Add(DlqPurgeCommand.Create());
        return command;
    }
}
