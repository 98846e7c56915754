namespace Hub.Sandboxes;

/// <summary><see cref="WebhookStatistics"/> as read over HTTP.</summary>
public sealed record WebhookStatisticsView(long Queued, long Sent, long Acknowledged, long FailedAttempts, long Abandoned, long Pending);
