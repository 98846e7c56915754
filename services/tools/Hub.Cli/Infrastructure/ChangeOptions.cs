using System.CommandLine;

namespace Hub.Cli.Infrastructure;

/// <summary>The safety options of every state-changing command.</summary>
public static class ChangeOptions
{
    public static readonly Option<bool> Yes = new("--yes", "-y") { Description = "Apply the change (without it the command only shows what it would do)" };

    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "Show what would change, change nothing (still audited, as a dry run)" };

    public static readonly Option<string?> Reason = new("--reason") { Description = "Why; required with --yes, written to the audit log" };

    public static void AddTo(Command command)
    {
        command.Options.Add(Yes);
        command.Options.Add(DryRun);
        command.Options.Add(Reason);
    }

    /// <summary>Checked before anything is contacted, so a missing --reason costs no round trip.</summary>
    public static ChangeMode Validate(ParseResult parse)
    {
        var yes = parse.GetValue(Yes);
        var dryRun = parse.GetValue(DryRun);
        if (yes && dryRun)
        {
            throw CliException.BadInput("--yes and --dry-run contradict each other; give one.");
        }

        if (yes && string.IsNullOrWhiteSpace(parse.GetValue(Reason)))
        {
            throw CliException.BadInput("--reason is required with --yes: it goes into the audit log (e.g. --reason \"INC-123 re-apply after fix\").");
        }

        return dryRun ? ChangeMode.DryRun : yes ? ChangeMode.Apply : ChangeMode.Preview;
    }

    /// <summary>After the plan was shown: a preview without --yes ends here with exit code 2.</summary>
    public static CliException MissingYes() =>
        CliException.BadInput("Nothing was changed. Re-run with --yes --reason \"...\" to apply this, or --dry-run to record a dry run.");
}
