using Accounting.Connector.Api;
using Hub.Contracts;
using Hub.Mapping;

namespace Accounting.Connector.Outbound;

/// <summary>
/// CustomerUpserted → Xero contact through canonical-to-accounting.customer; the lists (Addresses, Phones) are built
/// here. A rejected mapping throws MappingRejectedException (permanent: dead-lettered with every reason).
/// </summary>
public sealed class ContactMapper(MappingCatalog catalog)
{
    public const string MappingName = "canonical-to-accounting.customer";

    /// <param name="includeTaxNumber">False for updates: accounting owns the VAT id, others' events must not overwrite it.</param>
    public XeroContact Map(CustomerUpserted customer, Guid? existingContactId, bool includeTaxNumber)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var record = catalog[MappingName].Map(Source(customer)).RecordOrThrow();
        var address = record.GetValueOrDefault("Address") as IDictionary<string, object?>;
        var phone = Text(record, "Phone");
        return new XeroContact
        {
            ContactID = existingContactId,
            ContactNumber = Text(record, "ContactNumber"),
            Name = Text(record, "Name"),
            FirstName = Text(record, "FirstName"),
            LastName = Text(record, "LastName"),
            EmailAddress = Text(record, "EmailAddress"),
            TaxNumber = includeTaxNumber ? Text(record, "TaxNumber") : null,
            ContactStatus = Text(record, "ContactStatus"),
            Phones = phone is null ? null : [new XeroPhone { PhoneType = "DEFAULT", PhoneNumber = phone }],
            Addresses = address is null || address.Values.All(v => v is null) ? null :
            [
                new XeroAddress
                {
                    AddressType = "POBOX",
                    AddressLine1 = Text(address, "AddressLine1"),
                    AddressLine2 = Text(address, "AddressLine2"),
                    City = Text(address, "City"),
                    Region = Text(address, "Region"),
                    PostalCode = Text(address, "PostalCode"),
                    Country = Text(address, "Country"),
                },
            ],
        };
    }

    public static Dictionary<string, object?> Source(CustomerUpserted customer)
    {
        var billing = customer.Addresses.FirstOrDefault(a => a.Kind == AddressKind.Billing) ?? customer.Addresses.FirstOrDefault();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["entityId"] = customer.Envelope.EntityId,
            ["displayName"] = customer.DisplayName,
            ["givenName"] = customer.GivenName,
            ["familyName"] = customer.FamilyName,
            ["email"] = customer.Email,
            ["phone"] = customer.Phone,
            ["vatId"] = customer.VatId,
            ["status"] = customer.Status.ToString(),
            ["billingAddress"] = billing is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["line1"] = billing.Line1,
                ["line2"] = billing.Line2,
                ["postalCode"] = billing.PostalCode,
                ["city"] = billing.City,
                ["region"] = billing.Region,
                ["countryCode"] = billing.CountryCode,
            },
        };
    }

    private static string? Text(IEnumerable<KeyValuePair<string, object?>> record, string key) =>
        record.FirstOrDefault(p => p.Key == key).Value?.ToString();
}
