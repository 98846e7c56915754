using Hub.Contracts;

namespace Erp.Connector.Outbound;

/// <summary>
/// A CustomerUpserted as the source record of canonical-to-erp.customer: the canonical field names, the billing
/// address (else the first address) as billingAddress, enums by symbol name, money as { amount, currency }.
/// </summary>
public static class CanonicalCustomerRecord
{
    public static Dictionary<string, object?> From(CustomerUpserted customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var address = customer.Addresses.FirstOrDefault(a => a.Kind == AddressKind.Billing) ?? customer.Addresses.FirstOrDefault();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["entityId"] = customer.Envelope.EntityId,
            ["kind"] = customer.Kind.ToString(),
            ["displayName"] = customer.DisplayName,
            ["givenName"] = customer.GivenName,
            ["familyName"] = customer.FamilyName,
            ["companyName"] = customer.CompanyName,
            ["email"] = customer.Email,
            ["phone"] = customer.Phone,
            ["billingAddress"] = address is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["line1"] = address.Line1,
                ["line2"] = address.Line2,
                ["postalCode"] = address.PostalCode,
                ["city"] = address.City,
                ["region"] = address.Region,
                ["countryCode"] = address.CountryCode,
            },
            ["vatId"] = customer.VatId,
            ["status"] = customer.Status.ToString(),
            ["preferredLanguage"] = customer.PreferredLanguage,
            ["customerCategory"] = customer.CustomerCategory,
            ["creditLimit"] = customer.CreditLimit is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["amount"] = customer.CreditLimit.Amount,
                ["currency"] = customer.CreditLimit.Currency,
            },
        };
    }
}
