namespace Accounting.Connector.Api;

/// <summary>Xero's answer envelope; the collection named after the endpoint is filled.</summary>
public sealed record XeroResponse
{
    public string? Status { get; init; }

    public IReadOnlyList<XeroContact>? Contacts { get; init; }

    public IReadOnlyList<XeroInvoice>? Invoices { get; init; }

    public IReadOnlyList<XeroPayment>? Payments { get; init; }
}
