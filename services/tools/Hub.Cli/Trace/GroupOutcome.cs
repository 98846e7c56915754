namespace Hub.Cli.Trace;

/// <summary>What one consumer group did with the traced event.</summary>
public sealed record GroupOutcome(string Group, string Outcome, string? Marker, long? Epoch, string Detail);
