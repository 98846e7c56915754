namespace Hub.Connectors.Webhooks;

/// <summary>
/// Deduplicates webhook deliveries by the sender's delivery id (e.g. X-Shopify-Webhook-Id). A claim is short-lived
/// until completed, so a delivery whose processing crashed half-way is processed again on the sender's retry.
/// </summary>
public interface IWebhookReceipts
{
    Task<WebhookReceiptState> TryClaimAsync(string source, string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Processing succeeded: later deliveries with this id are acknowledged without processing.</summary>
    Task CompleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Processing failed: forget the claim so the sender's retry is processed.</summary>
    Task ReleaseAsync(string source, string deliveryId, CancellationToken cancellationToken = default);
}
