namespace Hub.Connectors.Webhooks;

/// <summary>The answer to a claim: what to do with the delivery, and how long to ask the sender to wait if busy.</summary>
/// <param name="Value">The receipt's value while this request holds it (<c>claimed|instance|token</c>); empty otherwise.</param>
/// <param name="RetryAfter">For <see cref="WebhookReceiptState.InProgress"/>: when the current claim ends at the latest.</param>
public sealed record WebhookClaim(string Source, string DeliveryId, WebhookReceiptState State, string Value, TimeSpan RetryAfter)
{
    public bool IsClaimed => State == WebhookReceiptState.Claimed;
}
