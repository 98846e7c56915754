namespace Shop.Connector.Inbound;

/// <summary>One webhook delivery as Shopify identifies it: the same WebhookId for every retry and duplicate.</summary>
public sealed record ShopifyDelivery(string WebhookId, string Topic, string? ShopDomain);
