namespace Accounting.Connector.Api;

public sealed record XeroLineItem
{
    public string? ItemCode { get; init; }

    public string? Description { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? UnitAmount { get; init; }

    public decimal? DiscountAmount { get; init; }

    public string? AccountCode { get; init; }

    public string? TaxType { get; init; }

    public decimal? TaxAmount { get; init; }

    public decimal? LineAmount { get; init; }
}
