namespace Accounting.Sandbox.Model;

public sealed class LineItem
{
    public Guid? LineItemID { get; set; }

    public string? ItemCode { get; set; }

    public string? Description { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? UnitAmount { get; set; }

    public decimal? DiscountAmount { get; set; }

    public string? AccountCode { get; set; }

    public string? TaxType { get; set; }

    public decimal? TaxAmount { get; set; }

    public decimal? LineAmount { get; set; }
}
