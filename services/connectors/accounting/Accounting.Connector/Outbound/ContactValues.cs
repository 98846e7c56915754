using Accounting.Connector.Api;

namespace Accounting.Connector.Outbound;

/// <summary>
/// A contact as Xero holds it, keyed like canonical-to-accounting.customer's targets (the DEFAULT phone as Phone, the
/// POBOX address as Address.*), so the kit can tell which of an event's values differ from the contact's.
/// </summary>
public static class ContactValues
{
    public const string AddressType = "POBOX";

    public static Dictionary<string, string?> Of(XeroContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var address = contact.Addresses?.FirstOrDefault(a => a.AddressType == AddressType);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ContactNumber"] = contact.ContactNumber,
            ["Name"] = contact.Name,
            ["FirstName"] = contact.FirstName,
            ["LastName"] = contact.LastName,
            ["EmailAddress"] = contact.EmailAddress,
            ["TaxNumber"] = contact.TaxNumber,
            ["ContactStatus"] = contact.ContactStatus,
            ["Phone"] = contact.Phones?.FirstOrDefault(p => p.PhoneType == "DEFAULT")?.PhoneNumber,
            ["Address.AddressLine1"] = address?.AddressLine1,
            ["Address.AddressLine2"] = address?.AddressLine2,
            ["Address.City"] = address?.City,
            ["Address.Region"] = address?.Region,
            ["Address.PostalCode"] = address?.PostalCode,
            ["Address.Country"] = address?.Country,
        };
    }
}
