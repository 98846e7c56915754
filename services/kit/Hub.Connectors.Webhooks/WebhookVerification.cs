namespace Hub.Connectors.Webhooks;

/// <summary>Whether a webhook request may be processed, and if not, why (returned to the sender and logged).</summary>
public sealed record WebhookVerification(bool IsValid, string? Failure)
{
    public static readonly WebhookVerification Valid = new(true, null);

    public static WebhookVerification Fail(string reason) => new(false, reason);
}
