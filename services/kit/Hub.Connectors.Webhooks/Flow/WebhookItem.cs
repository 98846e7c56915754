namespace Hub.Connectors.Webhooks;

/// <summary>One delivery inside a webhook request, as the flow claims, deduplicates and hands it on.</summary>
/// <param name="DeliveryId">The sender's id of this delivery (receipt key): a retry or duplicate has the same.</param>
/// <param name="Entity">The metric entity label of its outcome, e.g. "order".</param>
/// <param name="Value">What the connector's handler gets.</param>
public sealed record WebhookItem<TItem>(string DeliveryId, string Entity, TItem Value)
{
    /// <summary>
    /// Items of one request with the same subject are handed to the handler together, once (HubSpot: the events of one
    /// contact, read from the CRM once). Default: the delivery id, i.e. each item on its own.
    /// </summary>
    public string Subject { get; init; } = DeliveryId;
}
