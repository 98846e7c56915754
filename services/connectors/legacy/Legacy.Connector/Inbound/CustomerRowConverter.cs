using System.Globalization;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Legacy.Connector.Reading;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Inbound;

/// <summary>
/// A customer row → CustomerUpserted. The canonical id comes from the cross-reference: legacy-csv is in the
/// customer's also-created-by, so a row matching no customer creates a canonical id, one matching by e-mail or VAT
/// number is linked to it.
/// </summary>
public sealed class CustomerRowConverter(MappingCatalog mappings, CrossReferenceStore crossReference, EnvelopeFactory envelopes, IOptions<InboundOptions> options) : IRowConverter
{
    public ExportEntity Entity => ExportEntity.Customer;

    public async Task<RowResult> ConvertAsync(SourceRow row, FilePatternOptions pattern, string fileHash)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(pattern);
        var mapped = mappings[pattern.Mapping].Map(row.ToRecord());
        if (mapped.IsRejected)
        {
            return RowResult.Rejected(MappingReasons.Of(mapped));
        }

        var customer = Build(mapped.Record);
        if (string.IsNullOrWhiteSpace(customer.DisplayName))
        {
            return RowResult.Rejected("name: FIRST_NAME, LAST_NAME and COMPANY are all blank");
        }

        var localId = (string)mapped.Record["sourceRecordId"]!;
        var matchKeys = options.Value.CustomerMatchKeys.ToDictionary(k => k, k => mapped.Record.GetValueOrDefault(k) as string);
        var resolved = await crossReference.ResolveOrCreateAsync("customer", envelopes.SourceSystem, localId, matchKeys).ConfigureAwait(false);
        if (resolved.CanonicalId is null)
        {
            return RowResult.Rejected($"identity: customer {localId} could not be resolved ({resolved.Status})");
        }

        var eventId = RowEventId.For(envelopes.SourceSystem, fileHash, row.Number, nameof(CustomerUpserted));
        customer.Envelope = envelopes.Observed(CustomerUpserted.ContractVersion, eventId, resolved.CanonicalId, localId, (DateTimeOffset)mapped.Record["changedAt"]!);
        return RowResult.Accepted(customer);
    }

    private static CustomerUpserted Build(Dictionary<string, object?> record)
    {
        var given = record.GetValueOrDefault("givenName") as string;
        var family = record.GetValueOrDefault("familyName") as string;
        var company = record.GetValueOrDefault("companyName") as string;
        var person = string.Join(' ', new[] { given, family }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var customer = new CustomerUpserted
        {
            Kind = string.IsNullOrWhiteSpace(company) ? (person.Length > 0 ? CustomerKind.Person : CustomerKind.Unknown) : CustomerKind.Organization,
            DisplayName = string.IsNullOrWhiteSpace(company) ? person : company,
            GivenName = given,
            FamilyName = family,
            CompanyName = company,
            Email = record.GetValueOrDefault("email") as string,
            Phone = record.GetValueOrDefault("phone") as string,
            VatId = record.GetValueOrDefault("vatId") as string,
            Status = Enum.TryParse<CustomerStatus>(Convert.ToString(record.GetValueOrDefault("status"), CultureInfo.InvariantCulture), out var status) ? status : CustomerStatus.Unknown,
        };
        if (record.GetValueOrDefault("billingAddress") is Dictionary<string, object?> address)
        {
            customer.Addresses.Add(ToAddress(address));
        }

        return customer;
    }

    private static Address ToAddress(IDictionary<string, object?> parts) => new()
    {
        Kind = AddressKind.Billing,
        Line1 = parts.TryGetValue("line1", out var line1) ? line1 as string ?? "" : "",
        Line2 = parts.TryGetValue("line2", out var line2) ? line2 as string : null,
        PostalCode = parts.TryGetValue("postalCode", out var postal) ? postal as string : null,
        City = parts.TryGetValue("city", out var city) ? city as string ?? "" : "",
        Region = parts.TryGetValue("region", out var region) ? region as string : null,
        CountryCode = parts.TryGetValue("countryCode", out var country) ? country as string ?? "" : "",
    };
}
