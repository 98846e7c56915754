using System.Text.Json.Serialization;

namespace Accounting.Connector.Api;

public sealed record XeroPayment
{
    public Guid PaymentID { get; init; }

    [JsonConverter(typeof(XeroDateConverter))]
    public DateTimeOffset? Date { get; init; }

    public decimal Amount { get; init; }

    public string? Reference { get; init; }

    public decimal? CurrencyRate { get; init; }

    public string? PaymentType { get; init; }

    public string? Status { get; init; }

    public bool? IsReconciled { get; init; }

    [JsonConverter(typeof(XeroDateConverter))]
    public DateTimeOffset? UpdatedDateUTC { get; init; }

    public XeroInvoice? Invoice { get; init; }
}
