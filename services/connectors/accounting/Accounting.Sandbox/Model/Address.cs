namespace Accounting.Sandbox.Model;

public sealed class Address
{
    /// <summary>POBOX (postal/billing) or STREET.</summary>
    public string? AddressType { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}
