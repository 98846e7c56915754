using System.Text.Json.Serialization;

namespace Accounting.Sandbox.Model;

/// <summary>A Xero payment against an invoice, as GET /Payments returns it.</summary>
public sealed class Payment
{
    public Guid PaymentID { get; set; }

    public string? Date { get; set; }

    public decimal Amount { get; set; }

    public string? Reference { get; set; }

    public decimal CurrencyRate { get; set; } = 1m;

    public string PaymentType { get; set; } = "ACCRECPAYMENT";

    public string Status { get; set; } = "AUTHORISED";

    public bool IsReconciled { get; set; }

    public string? UpdatedDateUTC { get; set; }

    public PaymentAccount Account { get; set; } = new();

    public Invoice Invoice { get; set; } = new();

    [JsonIgnore]
    public DateTimeOffset Updated { get; set; }
}
