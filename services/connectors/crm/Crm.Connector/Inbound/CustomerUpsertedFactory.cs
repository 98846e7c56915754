using System.Globalization;
using Hub.Contracts;

namespace Crm.Connector.Inbound;

/// <summary>
/// Builds CustomerUpserted (v3) from the output of crm-to-canonical.customer. What the mapping file cannot say is
/// decided here: kind (a contact with a person's name is a Person, one with only a company an Organization) and
/// the display name (the person's full name, else the company, else the e-mail address).
/// </summary>
public static class CustomerUpsertedFactory
{
    public static CustomerUpserted Create(IReadOnlyDictionary<string, object?> mapped, Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        var given = Text(mapped, "givenName");
        var family = Text(mapped, "familyName");
        var company = Text(mapped, "companyName");
        var fullName = string.Join(' ', new[] { given, family }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var email = Text(mapped, "email");
        return new CustomerUpserted
        {
            Envelope = envelope,
            Kind = fullName.Length > 0 ? CustomerKind.Person : company is not null ? CustomerKind.Organization : CustomerKind.Unknown,
            DisplayName = fullName.Length > 0 ? fullName : company ?? email ?? string.Empty,
            GivenName = given,
            FamilyName = family,
            CompanyName = company,
            Email = email,
            Phone = Text(mapped, "phone"),
            Addresses = mapped.GetValueOrDefault("billingAddress") is IReadOnlyDictionary<string, object?> address ? [BillingAddress(address)] : [],
            VatId = Text(mapped, "vatId"),
            Status = Enum.TryParse<CustomerStatus>(Text(mapped, "status"), ignoreCase: true, out var status) ? status : CustomerStatus.Unknown,
            PreferredLanguage = Text(mapped, "preferredLanguage"),
            CustomerCategory = Text(mapped, "customerCategory"),
            CreditLimit = mapped.GetValueOrDefault("creditLimit") is IReadOnlyDictionary<string, object?> money ? Money(money) : null,
        };
    }

    private static Address BillingAddress(IReadOnlyDictionary<string, object?> address) => new()
    {
        Kind = AddressKind.Billing,
        Line1 = Text(address, "line1") ?? string.Empty,
        Line2 = Text(address, "line2"),
        PostalCode = Text(address, "postalCode"),
        City = Text(address, "city") ?? string.Empty,
        Region = Text(address, "region"),
        CountryCode = Text(address, "countryCode") ?? string.Empty,
    };

    private static Money Money(IReadOnlyDictionary<string, object?> money) => new()
    {
        Amount = Convert.ToDecimal(money["amount"], CultureInfo.InvariantCulture),
        Currency = Text(money, "currency") ?? string.Empty,
    };

    private static string? Text(IReadOnlyDictionary<string, object?> record, string field) =>
        record.GetValueOrDefault(field) switch
        {
            null => null,
            string s => string.IsNullOrWhiteSpace(s) ? null : s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
}
