using System.Globalization;
using Hub.Contracts;
using Hub.Mapping;

namespace Shop.Connector.Inbound;

/// <summary>
/// The shop's customer to canonical fields (mapping shop-to-canonical.customer), and those fields to a
/// CustomerUpserted. Fields the ownership guard withheld are left out of the event (null), so it cannot overwrite
/// what their owner holds.
/// </summary>
public sealed class ShopCustomerMapper(MappingCatalog catalog)
{
    public const string Mapping = "shop-to-canonical.customer";

    /// <summary>The canonical fields that have an owner in contracts/ownership.yaml and are checked for existing customers.</summary>
    public static readonly IReadOnlyList<string> OwnedFields = ["givenName", "familyName", "companyName", "email", "phone", "billingAddress", "status"];

    /// <param name="customer">The customer object of the webhook as a record.</param>
    /// <param name="fallbackAddress">The order's billing address, used when the customer has no default address.</param>
    public MappingResult MapRecord(IReadOnlyDictionary<string, object?> customer, object? fallbackAddress = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var source = new Dictionary<string, object?>(customer, StringComparer.Ordinal);
        if (source.GetValueOrDefault("default_address") is null && fallbackAddress is not null)
        {
            source["default_address"] = fallbackAddress;
        }

        return catalog[Mapping].Map(source);
    }

    public static ShopCustomer ToCustomer(IReadOnlyDictionary<string, object?> customer, MappingResult result)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(result);
        var fields = new Dictionary<string, object?>(result.Record, StringComparer.Ordinal);
        fields["billingAddress"] = ShopAddress.ToRecord(fields.GetValueOrDefault("address"));
        fields.Remove("address");
        var changedAt = ShopDates.Parse(customer.GetValueOrDefault("updated_at")) ?? ShopDates.Parse(customer.GetValueOrDefault("created_at")) ?? DateTimeOffset.UnixEpoch;
        return new ShopCustomer(ShopIds.Text(customer.GetValueOrDefault("id")) ?? "", fields, changedAt);
    }

    /// <param name="withheld">Fields not to publish (the guard did not let the shop change them).</param>
    public static CustomerUpserted ToEvent(ShopCustomer customer, Envelope envelope, IReadOnlySet<string> withheld)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(withheld);
        string? Field(string name) => withheld.Contains(name) ? null : customer.Text(name);
        var address = withheld.Contains("billingAddress") ? null : customer.Fields.GetValueOrDefault("billingAddress") as Address;
        return new CustomerUpserted
        {
            Envelope = envelope,
            Kind = CustomerKind.Person,
            DisplayName = DisplayName(customer),
            GivenName = Field("givenName"),
            FamilyName = Field("familyName"),
            CompanyName = Field("companyName"),
            Email = Field("email"),
            Phone = Field("phone"),
            Addresses = address is null ? [] : [address],
            Status = withheld.Contains("status") ? CustomerStatus.Unknown : Enum.Parse<CustomerStatus>(customer.Text("status") ?? "Unknown"),
            MarketingConsent = customer.Text("marketingConsent") is { } consent ? bool.Parse(consent) : null,
        };
    }

    /// <summary>"Given Family", else the company, else the e-mail address: displayName is required.</summary>
    public static string DisplayName(ShopCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var name = string.Join(' ', new[] { customer.Text("givenName"), customer.Text("familyName") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return name.Length > 0 ? name : customer.Text("companyName") ?? customer.Text("email") ?? string.Create(CultureInfo.InvariantCulture, $"shop customer {customer.CustomerId}");
    }
}
