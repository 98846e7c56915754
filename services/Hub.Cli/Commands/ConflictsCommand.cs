using System.CommandLine;
using Hub.Cli.Infrastructure;

namespace Hub.Cli.Commands;

/// <summary>
/// The manual resolution queue. Its library (services/Hub.Identity) has not landed yet, so every subcommand says so
/// and exits 1 without touching anything; the command names and options are fixed here so runbooks can cite them.
/// </summary>
public static class ConflictsCommand
{
    public const string NotAvailable = "The manual resolution queue is not available yet: its library (services/Hub.Identity) has not landed. Nothing was read or changed.";

    private static readonly Argument<string> Id = new("id") { Description = "The conflict's id ('hub conflicts list' shows it)" };

    public static Command Create()
    {
        var command = new Command("conflicts", "The manual resolution queue for conflicting updates (not available yet)");
        var list = new Command("list", "Open conflicts");
        var accept = new Command("accept", "Resolve a conflict by accepting the incoming change");
        var reject = new Command("reject", "Resolve a conflict by keeping the current data");
        foreach (var change in new[] { accept, reject })
        {
            change.Arguments.Add(Id);
            ChangeOptions.AddTo(change);
        }

        foreach (var sub in new[] { list, accept, reject })
        {
            CommandRunner.SetHandler(sub, (_, _) => Task.FromException<int>(CliException.Failed(NotAvailable)));
            command.Subcommands.Add(sub);
        }

        return command;
    }
}
