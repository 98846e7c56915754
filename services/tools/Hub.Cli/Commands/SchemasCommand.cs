using System.CommandLine;

namespace Hub.Cli.Commands;

public static class SchemasCommand
{
    public static Command Create()
    {
        var command = new Command("schemas", "Registered schemas, and the contracts checked against them");
        command.Subcommands.Add(SchemasListCommand.Create());
        command.Subcommands.Add(SchemasCheckCommand.Create());
        return command;
    }
}
