namespace Shop.Connector.Outbound;

/// <summary>A product variant as the Admin API lists it: the SKU and the inventory item its stock is kept on.</summary>
public sealed record ShopVariant(long Id, string? Sku, long InventoryItemId);
