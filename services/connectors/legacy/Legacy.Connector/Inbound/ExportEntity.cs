namespace Legacy.Connector.Inbound;

/// <summary>What the rows of an export describe, and so which canonical event they become.</summary>
public enum ExportEntity
{
    /// <summary>CustomerUpserted, linked to the canonical customer through Hub.Identity.</summary>
    Customer,

    /// <summary>StockLevelChanged, keyed by warehouse and SKU.</summary>
    Stock,
}
