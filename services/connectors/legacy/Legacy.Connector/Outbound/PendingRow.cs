namespace Legacy.Connector.Outbound;

/// <summary>A mapped row waiting in Redis for the next outbound file.</summary>
public sealed record PendingRow(string EventId, DateTimeOffset EnqueuedAt, IReadOnlyList<string> Values);
