namespace Hub.Cli.Dlq;

/// <summary>What an operator did with a dead letter; stored as JSON in the DLQ's resolved hash.</summary>
public sealed record ResolvedEntry(string Action, string By, DateTimeOffset At, string? Reason);
