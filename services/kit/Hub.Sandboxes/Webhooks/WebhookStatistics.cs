namespace Hub.Sandboxes;

/// <summary>What the webhook sender did: deliveries queued, sends (copies included), acknowledged, given up.</summary>
public sealed class WebhookStatistics
{
    private long _queued;
    private long _sent;
    private long _acknowledged;
    private long _failedAttempts;
    private long _abandoned;

    public long Queued => Interlocked.Read(ref _queued);

    public long Sent => Interlocked.Read(ref _sent);

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long FailedAttempts => Interlocked.Read(ref _failedAttempts);

    public long Abandoned => Interlocked.Read(ref _abandoned);

    /// <summary>Queued deliveries not yet acknowledged or abandoned.</summary>
    public long Pending => Queued - Acknowledged - Abandoned;

    internal void OnQueued() => Interlocked.Increment(ref _queued);

    internal void OnSent() => Interlocked.Increment(ref _sent);

    internal void OnAcknowledged() => Interlocked.Increment(ref _acknowledged);

    internal void OnFailedAttempt() => Interlocked.Increment(ref _failedAttempts);

    internal void OnAbandoned() => Interlocked.Increment(ref _abandoned);
}
