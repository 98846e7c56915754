namespace Crm.Connector.Inbound;

/// <summary>What to tell the sender: done (200), or retry later (503) and why.</summary>
public sealed record WebhookAnswer(int Processed, int Duplicates, bool Retry, string Reason, TimeSpan? RetryAfter = null)
{
    public static WebhookAnswer Done(int processed, int duplicates) => new(processed, duplicates, false, string.Empty);

    public static WebhookAnswer Later(string reason, TimeSpan? retryAfter = null) => new(0, 0, true, reason, retryAfter);
}
