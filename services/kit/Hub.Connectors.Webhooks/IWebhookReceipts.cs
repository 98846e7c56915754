namespace Hub.Connectors.Webhooks;

/// <summary>
/// Deduplicates webhook deliveries by the sender's delivery id (e.g. X-Shopify-Webhook-Id). A claim is a lease held
/// by one request of one live instance: renewed while the request runs, released when it fails, taken over at once
/// when its request or its instance is gone. Only a completed delivery answers as a duplicate; a delivery whose
/// claim is held elsewhere gets a retryable answer, so a sender never hears "done" for work that was not done.
/// </summary>
public interface IWebhookReceipts
{
    /// <exception cref="WebhookReceiptsUnavailableException">Redis cannot be reached: answer 503 so the sender retries.</exception>
    Task<WebhookClaim> TryClaimAsync(string source, string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Processing succeeded: later deliveries with this id are acknowledged without processing.</summary>
    /// <exception cref="WebhookReceiptsUnavailableException">Redis cannot be reached; the claim is released later.</exception>
    Task CompleteAsync(WebhookClaim claim, CancellationToken cancellationToken = default);

    /// <summary>
    /// Processing failed: give the claim up so the sender's retry is processed. Never throws: when Redis cannot be
    /// reached the release is retried in the background, and the claim is no longer renewed either way.
    /// </summary>
    Task ReleaseAsync(WebhookClaim claim);
}
