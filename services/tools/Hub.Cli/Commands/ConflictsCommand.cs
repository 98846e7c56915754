using System.CommandLine;
using Hub.Identity;

namespace Hub.Cli.Commands;

/// <summary>
/// The manual resolution queue of services/kit/Hub.Identity: changes a non-owning system proposed for a field, waiting
/// for a person. A decision is recorded and announced; the value itself is entered in the owning system.
/// </summary>
public static class ConflictsCommand
{
    public static Command Create()
    {
        var command = new Command("conflicts", "The manual resolution queue for conflicting updates");
        command.Subcommands.Add(ConflictsListCommand.Create());
        command.Subcommands.Add(ConflictsShowCommand.Create());
        command.Subcommands.Add(ConflictsDecideCommand.Create(ConflictStatus.Accepted));
        command.Subcommands.Add(ConflictsDecideCommand.Create(ConflictStatus.Rejected));
        return command;
    }
}
