namespace Shop.Connector.Outbound;

/// <summary>What reconciliation reads of a shop order: its id, its name (the order number, e.g. "#1001") and when it last changed.</summary>
public sealed record ShopOrderSummary(long Id, string? Name, DateTimeOffset? UpdatedAt);
