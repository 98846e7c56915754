namespace Shop.Connector.Inbound;

/// <summary>
/// A signed webhook the connector acknowledged but could not turn into canonical events, kept for operators on
/// the inbound dead-letter topic with the raw body and every reason (<see cref="ShopifyRejection"/>). Keyed by the webhook id.
/// </summary>
public sealed record InboundRejection
{
    public required string WebhookId { get; init; }

    public required string Topic { get; init; }

    public string? ShopDomain { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The body exactly as received (UTF-8).</summary>
    public required string RawBody { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}
