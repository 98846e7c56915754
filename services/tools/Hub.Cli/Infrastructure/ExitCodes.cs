namespace Hub.Cli.Infrastructure;

/// <summary>What a script can rely on; documented in docs/cli.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The operation ran and failed (or did not finish in time); nothing about the input was wrong.</summary>
    public const int Failed = 1;

    /// <summary>Unknown connector, group or topic, malformed time or offset, missing --yes or --reason, bad option.</summary>
    public const int BadInput = 2;

    /// <summary>Kafka, Redis, the schema registry (or, for `hub reconcile`, a connector) could not be reached.</summary>
    public const int Unreachable = 3;

    /// <summary>A check ran and found something: the systems do not agree (`hub reconcile`), or the data has findings (`hub quality`).</summary>
    public const int Differences = 4;
}
