using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Identity;
using Hub.Reconciliation;

namespace Erp.Connector.Reconcile;

/// <summary>
/// The ERP's customers (res.partner with customer_rank &gt; 0, archived ones too) as canonical customers, for
/// `hub reconcile customers`: search_read through <see cref="OdooClient"/> (its resilience pipeline), in id order, the
/// cursor being the last id; the canonical id is the partner's ref, which the connector writes (else the
/// cross-reference). Only the fields the ERP keeps in canonical form are reported (<see cref="PartnerCanonicalRecord"/>). Never writes.
/// </summary>
public sealed class PartnerSnapshotSource(OdooClient client, CrossReferenceStore crossReference) : ISnapshotSource
{
    private const string Model = "res.partner";

    public string EntityType => OutboundChangeFactory.CustomerEntityType;

    public IReadOnlyList<string> Fields => PartnerCanonicalRecord.Fields;

    public async Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = int.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : 0;
        var domain = new JsonArray(
            new JsonArray("customer_rank", ">", 0),
            new JsonArray("active", "in", new JsonArray(true, false)),
            new JsonArray("id", ">", after));
        if (query.Since is { } since)
        {
            domain.Add(new JsonArray("write_date", ">=", OdooDateTime.ToText(since)));
        }

        var rows = await client.SearchReadAsync(Model, domain, PartnerCanonicalRecord.OdooFields, cancellationToken, order: "id asc", limit: query.Limit).ConfigureAwait(false);
        var records = new List<SnapshotRecord>();
        foreach (var row in rows.OfType<JsonObject>())
        {
            records.Add(await ToRecordAsync(row).ConfigureAwait(false));
        }

        return new SnapshotPage(records, rows.Count < query.Limit ? null : records[^1].RecordId);
    }

    private async Task<SnapshotRecord> ToRecordAsync(JsonObject partner)
    {
        var id = partner["id"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
        var canonicalId = PartnerCanonicalRecord.Text(partner["ref"])
            ?? await crossReference.GetCanonicalIdAsync(EntityType, OdooOptions.ApiName, id).ConfigureAwait(false);
        var modified = PartnerCanonicalRecord.Text(partner["write_date"]) is { } writeDate ? OdooDateTime.Parse(writeDate) : (DateTimeOffset?)null;
        return new SnapshotRecord(id, canonicalId, SnapshotFields.Of(PartnerCanonicalRecord.From(partner), Fields), modified);
    }
}
