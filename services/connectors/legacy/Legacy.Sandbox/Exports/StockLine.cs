namespace Legacy.Sandbox.Exports;

/// <summary>One line of the fixed-width stock export (SKU 16, WAREHOUSE 4, ON_HAND 12, RESERVED 12, REASON 3, CHANGED 16).</summary>
public sealed record StockLine(string Sku, string Warehouse, string OnHand, string Reserved, string Reason, string Changed);
