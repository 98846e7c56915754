using Crm.Connector.Api;
using Crm.Connector.Inbound;
using Crm.Connector.Reconcile;
using Hub.Connectors.Hosting;

namespace Crm.Connector.Quality;

/// <summary>
/// The CRM's contacts for `hub quality crm customers`: the contacts list page by page through <see cref="CrmClient"/>
/// (its resilience pipeline and rate limits), in the shape the inbound mapping reads (crm-to-canonical.customer), as the
/// webhook path would map them. Never writes.
/// </summary>
public sealed class ContactQualitySource(CrmClient crm) : IQualitySource
{
    public string Mapping => ContactInbound.Mapping;

    public async Task<RawRecordPage> ReadPageAsync(string? after, int limit, CancellationToken cancellationToken)
    {
        var page = await crm.ListContactsAsync(after, Math.Min(limit, ContactSnapshotSource.MaxPage), CrmClient.ReadProperties, cancellationToken).ConfigureAwait(false);
        return new RawRecordPage([.. page.Results.Select(c => new RawRecord(c.Id, c.ToMappingSource()))], page.NextAfter);
    }
}
