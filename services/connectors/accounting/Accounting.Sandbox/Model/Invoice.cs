using System.Text.Json.Serialization;

namespace Accounting.Sandbox.Model;

/// <summary>A Xero invoice, as sent and as returned.</summary>
public sealed class Invoice
{
    public string? Type { get; set; }

    public Guid? InvoiceID { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? Reference { get; set; }

    public Contact? Contact { get; set; }

    public string? Date { get; set; }

    public string? DueDate { get; set; }

    public string? Status { get; set; }

    public string? LineAmountTypes { get; set; }

    public List<LineItem>? LineItems { get; set; }

    public decimal? SubTotal { get; set; }

    public decimal? TotalTax { get; set; }

    public decimal? Total { get; set; }

    public decimal? AmountDue { get; set; }

    public decimal? AmountPaid { get; set; }

    public string? CurrencyCode { get; set; }

    public decimal? CurrencyRate { get; set; }

    public string? UpdatedDateUTC { get; set; }

    [JsonIgnore]
    public DateTimeOffset Updated { get; set; }
}
