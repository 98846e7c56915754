using Hub.Contracts;

namespace Hub.Connectors.Hosting;

/// <summary>
/// A CustomerUpserted as the source record of the canonical-to-* customer mappings: the canonical field names (as in
/// the Avro contract), the billing address (else the first address) as billingAddress, also as one text line
/// (billingAddress.text), enums by symbol name, money as { amount, currency }. Each mapping reads the fields it needs.
/// </summary>
public static class CanonicalCustomerRecord
{
    public static Dictionary<string, object?> From(CustomerUpserted customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var billing = customer.Addresses.FirstOrDefault(a => a.Kind == AddressKind.Billing) ?? customer.Addresses.FirstOrDefault();
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
            ["billingAddress"] = billing is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["line1"] = billing.Line1,
                ["line2"] = billing.Line2,
                ["postalCode"] = billing.PostalCode,
                ["city"] = billing.City,
                ["region"] = billing.Region,
                ["countryCode"] = billing.CountryCode,
                ["text"] = AddressText(billing),
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

    /// <summary>One line in the layout the inbound address split reads: UK "street, town, postcode", DE "street, postcode town".</summary>
    public static string AddressText(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var lines = new[] { address.Line1, address.Line2 }.Where(l => !string.IsNullOrWhiteSpace(l));
        var tail = string.Equals(address.CountryCode, "GB", StringComparison.OrdinalIgnoreCase)
            ? new[] { address.City, address.PostalCode }
            : new[] { string.Join(' ', new[] { address.PostalCode, address.City }.Where(p => !string.IsNullOrWhiteSpace(p))) };
        return string.Join(", ", lines.Concat(tail).Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
