using System.Text.Json.Serialization;

namespace Accounting.Sandbox.Model;

/// <summary>A Xero contact, as sent and as returned.</summary>
public sealed class Contact
{
    public Guid? ContactID { get; set; }

    public string? ContactNumber { get; set; }

    public string? ContactStatus { get; set; }

    public string? Name { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? EmailAddress { get; set; }

    public string? TaxNumber { get; set; }

    public string? DefaultCurrency { get; set; }

    public List<Address>? Addresses { get; set; }

    public List<Phone>? Phones { get; set; }

    public bool? IsCustomer { get; set; }

    public string? UpdatedDateUTC { get; set; }

    [JsonIgnore]
    public DateTimeOffset Updated { get; set; }
}
