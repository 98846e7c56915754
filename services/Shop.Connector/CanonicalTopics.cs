namespace Shop.Connector;

/// <summary>The canonical topics this connector writes and reads (contracts/topics.yaml).</summary>
public static class CanonicalTopics
{
    public const string CustomerUpserted = "canonical.customer.upserted";
    public const string OrderPlaced = "canonical.order.placed";
    public const string StockLevelChanged = "canonical.stock-level.changed";
}
