using System.Globalization;
using Accounting.Connector.Api;
using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Identity;
using Hub.Reconciliation;

namespace Accounting.Connector.Reconcile;

/// <summary>
/// The accounting contacts as canonical customers, for `hub reconcile customers`: GET /Contacts page by page (Xero's
/// pages of 100, the cursor being the next page number) through <see cref="XeroClient"/>, so Xero's minute, day and
/// concurrency limits apply; the canonical id is the ContactNumber the connector writes (else the cross-reference).
/// Only the fields canonical-to-accounting.customer writes one to one are reported: e-mail, VAT id, phone and the
/// postal address (<see cref="ContactValues"/>); the display name is no canonical field. Never writes.
/// </summary>
public sealed class ContactSnapshotSource(XeroClient xero, CrossReferenceStore crossReference) : ISnapshotSource
{
    public string EntityType => OutboundChangeFactory.CustomerEntityType;

    public IReadOnlyList<string> Fields { get; } =
    [
        "email", "vatId", "phone",
        "billingAddress.line1", "billingAddress.line2", "billingAddress.city", "billingAddress.postalCode", "billingAddress.countryCode",
    ];

    public async Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = int.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var next) && next > 0 ? next : 1;
        var contacts = await xero.GetContactsPageAsync(page, cancellationToken);
        var records = new List<SnapshotRecord>();
        foreach (var contact in contacts.Where(c => query.Since is not { } since || c.UpdatedDateUTC is not { } at || at >= since))
        {
            records.Add(await ToRecordAsync(contact));
        }

        var more = contacts.Count >= XeroClient.ContactsPageSize;
        return new SnapshotPage(records, more ? (page + 1).ToString(CultureInfo.InvariantCulture) : null);
    }

    private async Task<SnapshotRecord> ToRecordAsync(XeroContact contact)
    {
        var id = contact.ContactID?.ToString() ?? contact.ContactNumber ?? "";
        var canonicalId = string.IsNullOrWhiteSpace(contact.ContactNumber)
            ? await crossReference.GetCanonicalIdAsync(EntityType, AccountingConnectorExtensions.System, id)
            : contact.ContactNumber;
        var held = ContactValues.Of(contact);
        var canonical = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["email"] = held["EmailAddress"],
            ["vatId"] = held["TaxNumber"],
            ["phone"] = held["Phone"],
            ["billingAddress"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["line1"] = held["Address.AddressLine1"],
                ["line2"] = held["Address.AddressLine2"],
                ["city"] = held["Address.City"],
                ["postalCode"] = held["Address.PostalCode"],
                ["countryCode"] = held["Address.Country"],
            },
        };
        return new SnapshotRecord(id, canonicalId, SnapshotFields.Of(canonical, Fields), contact.UpdatedDateUTC);
    }
}
