namespace Hub.Cli.Revert;

/// <summary>What `hub revert` undoes: one system's journaled writes in [Since, Until), optionally of one entity.</summary>
/// <param name="System">The journal's system name (crm), from the connector name (crm-connector) or given as is.</param>
/// <param name="Entity">A canonical id or the record's id in the system; null for every record.</param>
public sealed record RevertWindow(string System, DateTimeOffset Since, DateTimeOffset? Until, string? Entity)
{
    public const string ConnectorSuffix = "-connector";

    public static string SystemOf(string connector) =>
        connector.EndsWith(ConnectorSuffix, StringComparison.Ordinal) ? connector[..^ConnectorSuffix.Length] : connector;
}
