namespace Shop.Connector.Inbound;

/// <summary>One verified Shopify webhook: who sent it, the body as received, and the JSON object it holds as a record.</summary>
public sealed record ShopifyMessage(ShopifyDelivery Delivery, byte[] Body, Dictionary<string, object?> Record);
