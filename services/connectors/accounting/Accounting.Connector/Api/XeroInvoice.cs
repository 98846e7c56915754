using System.Text.Json.Serialization;

namespace Accounting.Connector.Api;

public sealed record XeroInvoice
{
    public string? Type { get; init; }

    public Guid? InvoiceID { get; init; }

    public string? InvoiceNumber { get; init; }

    public string? Reference { get; init; }

    public XeroContact? Contact { get; init; }

    [JsonConverter(typeof(XeroDateConverter))]
    public DateTimeOffset? Date { get; init; }

    [JsonConverter(typeof(XeroDateConverter))]
    public DateTimeOffset? DueDate { get; init; }

    public string? Status { get; init; }

    public string? LineAmountTypes { get; init; }

    public IReadOnlyList<XeroLineItem>? LineItems { get; init; }

    public decimal? SubTotal { get; init; }

    public decimal? TotalTax { get; init; }

    public decimal? Total { get; init; }

    public decimal? AmountDue { get; init; }

    public decimal? AmountPaid { get; init; }

    public string? CurrencyCode { get; init; }

    [JsonConverter(typeof(XeroDateConverter))]
    public DateTimeOffset? UpdatedDateUTC { get; init; }

    /// <summary>True on an invoice Xero refused in a per-element (summarizeErrors=false) answer.</summary>
    public bool? HasErrors { get; init; }

    public string? StatusAttributeString { get; init; }

    public IReadOnlyList<XeroValidationError>? ValidationErrors { get; init; }
}
