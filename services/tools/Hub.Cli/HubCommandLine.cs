using System.CommandLine;
using Hub.Cli.Commands;
using Hub.Cli.Infrastructure;

namespace Hub.Cli;

/// <summary>The command tree, and the one place where parse errors become exit code 2.</summary>
public static class HubCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("hub: the operator CLI of the integration platform (docs/cli.md)");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(DlqCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(CheckpointsCommand.Create());
        root.Subcommands.Add(TopicsCommand.Create());
        root.Subcommands.Add(SchemasCommand.Create());
        root.Subcommands.Add(ConflictsCommand.Create());
        root.Subcommands.Add(TraceCommand.Create());
        root.Subcommands.Add(PauseCommand.Create());
        root.Subcommands.Add(RevertCommand.Create());
        root.Subcommands.Add(CaptureCommand.Create());
        root.Subcommands.Add(ResumeCommand.Create());
        root.Subcommands.Add(ReconcileCommand.Create());
        root.Subcommands.Add(QualityCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message}");
            }

            await error.WriteLineAsync("See 'hub --help' or 'hub <command> --help'.");
            return ExitCodes.BadInput;
        }

        var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return exit;
    }
}
