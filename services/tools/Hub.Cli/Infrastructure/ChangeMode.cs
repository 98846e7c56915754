namespace Hub.Cli.Infrastructure;

public enum ChangeMode
{
    /// <summary>Neither --yes nor --dry-run: show the plan, change nothing, exit 2.</summary>
    Preview,

    /// <summary>--dry-run: show the plan, record the dry run in the audit log, exit 0.</summary>
    DryRun,

    /// <summary>--yes: apply and audit.</summary>
    Apply,
}
