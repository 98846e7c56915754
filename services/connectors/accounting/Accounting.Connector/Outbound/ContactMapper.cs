using Accounting.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Mapping;

namespace Accounting.Connector.Outbound;

/// <summary>
/// CustomerUpserted → Xero contact through canonical-to-accounting.customer; the lists (Addresses, Phones) are built
/// here. A rejected mapping throws MappingRejectedException (permanent: dead-lettered with every reason). Which
/// fields a contact carries is the kit's ownership decision; a field left out (null) is not sent, so Xero keeps it.
/// </summary>
public sealed class ContactMapper(MappingCatalog catalog)
{
    public const string MappingName = "canonical-to-accounting.customer";

    public MappingDefinition Definition => catalog[MappingName].Definition;

    /// <summary>The mapped contact record (nested: Address.*), for <see cref="MappedValues.AsText"/> and <see cref="ToContact"/>.</summary>
    public Dictionary<string, object?> Map(IReadOnlyDictionary<string, object?> canonical) => catalog[MappingName].Map(canonical).RecordOrThrow();

    /// <param name="write">Whether a mapping target (e.g. TaxNumber, Address.City) is written; the contact number always is.</param>
    public static XeroContact ToContact(IReadOnlyDictionary<string, object?> record, Guid? existingContactId, Func<string, bool> write)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(write);
        var address = record.GetValueOrDefault("Address") as IDictionary<string, object?>;
        var phone = write("Phone") ? Text(record, "Phone") : null;
        var addressWritten = address is not null && address.Keys.Any(k => write($"Address.{k}")) && address.Values.Any(v => v is not null);
        return new XeroContact
        {
            ContactID = existingContactId,
            ContactNumber = Text(record, "ContactNumber"),
            Name = Written(record, "Name", write),
            FirstName = Written(record, "FirstName", write),
            LastName = Written(record, "LastName", write),
            EmailAddress = Written(record, "EmailAddress", write),
            TaxNumber = Written(record, "TaxNumber", write),
            ContactStatus = Written(record, "ContactStatus", write),
            Phones = phone is null ? null : [new XeroPhone { PhoneType = "DEFAULT", PhoneNumber = phone }],
            Addresses = !addressWritten ? null :
            [
                new XeroAddress
                {
                    AddressType = ContactValues.AddressType,
                    AddressLine1 = Text(address!, "AddressLine1"),
                    AddressLine2 = Text(address!, "AddressLine2"),
                    City = Text(address!, "City"),
                    Region = Text(address!, "Region"),
                    PostalCode = Text(address!, "PostalCode"),
                    Country = Text(address!, "Country"),
                },
            ],
        };
    }

    private static string? Written(IReadOnlyDictionary<string, object?> record, string target, Func<string, bool> write) =>
        write(target) ? Text(record, target) : null;

    private static string? Text(IEnumerable<KeyValuePair<string, object?>> record, string key) =>
        record.FirstOrDefault(p => p.Key == key).Value?.ToString();
}
