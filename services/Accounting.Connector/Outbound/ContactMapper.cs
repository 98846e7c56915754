using Accounting.Connector.Api;
using Hub.Connectors.Hosting;
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
        var record = catalog[MappingName].Map(CanonicalCustomerRecord.From(customer)).RecordOrThrow();
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

    private static string? Text(IEnumerable<KeyValuePair<string, object?>> record, string key) =>
        record.FirstOrDefault(p => p.Key == key).Value?.ToString();
}
