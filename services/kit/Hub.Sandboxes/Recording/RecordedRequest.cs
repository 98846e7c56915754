namespace Hub.Sandboxes;

/// <summary>One API request the sandbox received and what it answered (0 = connection dropped).</summary>
public sealed record RecordedRequest(DateTimeOffset At, string Method, string Path, int Status, string? IdempotencyKey, string? Note);
