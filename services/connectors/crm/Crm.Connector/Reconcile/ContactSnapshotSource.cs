using Crm.Connector.Api;
using Crm.Connector.Identity;
using Crm.Connector.Inbound;
using Hub.Connectors.Hosting;
using Hub.Identity;
using Hub.Mapping;
using Hub.Reconciliation;

namespace Crm.Connector.Reconcile;

/// <summary>
/// The CRM's contacts as canonical customers, for `hub reconcile customers`: the contacts list read page by page through
/// <see cref="CrmClient"/> (its resilience pipeline and rate limits), mapped by the inbound mapping
/// (crm-to-canonical.customer) and linked by the cross-reference. The list API has no time filter, so
/// <see cref="SnapshotQuery.Since"/> is applied to each page's updatedAt here. Never writes.
/// </summary>
public sealed class ContactSnapshotSource(CrmClient crm, MappingCatalog mappings, CrossReferenceStore crossReference) : ISnapshotSource
{
    /// <summary>The CRM list API's largest page.</summary>
    public const int MaxPage = 100;

    public string EntityType => CustomerIdentity.EntityType;

    public IReadOnlyList<string> Fields { get; } =
    [
        "givenName", "familyName", "companyName", "email", "phone", "vatId", "customerCategory", "preferredLanguage",
        "creditLimit.amount", "creditLimit.currency",
        "billingAddress.line1", "billingAddress.line2", "billingAddress.postalCode", "billingAddress.city", "billingAddress.countryCode",
    ];

    public async Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = await crm.ListContactsAsync(query.After, Math.Min(query.Limit, MaxPage), CrmClient.ReadProperties, cancellationToken).ConfigureAwait(false);
        var records = new List<SnapshotRecord>();
        foreach (var contact in page.Results.Where(c => query.Since is not { } since || c.UpdatedAt >= since))
        {
            records.Add(await ToRecordAsync(contact).ConfigureAwait(false));
        }

        return new SnapshotPage(records, page.NextAfter);
    }

    private async Task<SnapshotRecord> ToRecordAsync(CrmContact contact)
    {
        var canonicalId = await crossReference.GetCanonicalIdAsync(EntityType, CrmClient.SystemName, contact.Id).ConfigureAwait(false);
        var mapped = mappings[ContactInbound.Mapping].Map(contact.ToMappingSource());
        return mapped.IsRejected
            ? new SnapshotRecord(contact.Id, canonicalId, new Dictionary<string, string?>(), contact.UpdatedAt) { Unreadable = string.Join("; ", mapped.Rejections) }
            : new SnapshotRecord(contact.Id, canonicalId, SnapshotFields.Of(mapped.Record, Fields), contact.UpdatedAt);
    }
}
