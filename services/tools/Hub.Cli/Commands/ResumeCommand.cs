using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Cli.Pause;
using Hub.Messaging.Processing;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub resume &lt;connector&gt;`: lifts the pauses `hub pause` set (all of them, or only the named scope's).
/// Resuming a connector that is not paused changes nothing and says so.
/// </summary>
public static class ResumeCommand
{
    public static Command Create()
    {
        var command = new Command("resume", "Lift 'hub pause' from a connector (every pause of it, or only the scope named)");
        PauseTarget.AddTo(command);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var mode = ChangeOptions.Validate(context.Parse);
        var (connector, scope) = PauseTarget.Parse(context.Parse);
        var existing = await context.Redis.Guard(() => context.Redis.Pauses.GetAsync(connector));
        var lifted = existing.Where(p => scope is null || p.Scope == scope).ToList();
        if (lifted.Count == 0)
        {
            var others = existing.Count == 0 ? "" : $" (it is {string.Join("; ", existing.Select(p => p.Describe()))}; name that scope to resume it)";
            context.Output.Line($"{connector} is not paused{(scope is null ? "" : $" for {scope}")}{others}; nothing to resume.");
            if (context.Output.IsJson)
            {
                context.Output.WriteJson(new { dryRun = mode != ChangeMode.Apply, connector, resumed = lifted, stillPaused = existing });
            }

            return ExitCodes.Ok;
        }

        context.Output.Line($"To resume {connector}:");
        foreach (var pause in lifted)
        {
            context.Output.Line($"  lift: {pause.Describe()}");
        }

        if (mode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        context.Audit.EnsureWritable();
        var details = new { connector, scopes = lifted.Select(p => p.Scope).ToList(), lifted };
        if (mode == ChangeMode.Apply)
        {
            lifted = (await context.Redis.Guard(() => context.Redis.Pauses.ResumeAsync(connector, scope))).ToList();
        }

        await context.Audit.WriteAsync("resume", PauseTarget.AuditTarget(connector, scope), dryRun: mode == ChangeMode.DryRun, mode == ChangeMode.DryRun ? "dry-run" : "succeeded", details, cancellationToken);
        var still = existing.Except(lifted).ToList();
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { dryRun = mode == ChangeMode.DryRun, connector, resumed = lifted, stillPaused = still });
            return ExitCodes.Ok;
        }

        context.Output.Line(mode == ChangeMode.DryRun
            ? $"Dry run: {connector} would resume ({string.Join(", ", lifted.Select(p => p.Scope))}); nothing was changed."
            : $"{connector} resumed ({string.Join(", ", lifted.Select(p => p.Scope))}); running instances continue within {ConnectorPauseWatch.RefreshInterval.TotalSeconds:0} s where they stopped.");
        foreach (var pause in still)
        {
            context.Output.Line($"  still {pause.Describe()}");
        }

        return ExitCodes.Ok;
    }
}
