namespace Accounting.Connector.Api;

public sealed record XeroAddress
{
    /// <summary>POBOX (postal, used for invoices) or STREET.</summary>
    public string? AddressType { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    public string? Country { get; init; }
}
