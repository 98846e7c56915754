using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Reconciliation;

namespace Erp.Connector.Reconcile;

/// <summary>
/// The ERP's sale orders as canonical orders, for `hub reconcile orders`: search_read of sale.order through
/// <see cref="OdooClient"/> (its resilience pipeline), in id order, the cursor being the last id. The canonical id is
/// the client_order_ref the connector writes when it creates the order from OrderPlaced; a sale order typed into the
/// ERP by hand has none and is reported as extra. The order number is the origin. Never writes.
/// </summary>
public sealed class SaleOrderSnapshotSource(OdooClient client) : ISnapshotSource
{
    private const string Model = "sale.order";

    private static readonly IReadOnlyList<string> OdooFields = ["id", "client_order_ref", "origin", "write_date"];

    public string EntityType => "order";

    public IReadOnlyList<string> Fields { get; } = ["orderNumber"];

    public async Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = int.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : 0;
        var domain = new JsonArray(new JsonArray("id", ">", after));
        if (query.Since is { } since)
        {
            domain.Add(new JsonArray("write_date", ">=", OdooDateTime.ToText(since)));
        }

        var rows = await client.SearchReadAsync(Model, domain, OdooFields, cancellationToken, order: "id asc", limit: query.Limit).ConfigureAwait(false);
        var records = rows.OfType<JsonObject>().Select(ToRecord).ToList();
        return new SnapshotPage(records, rows.Count < query.Limit ? null : records[^1].RecordId);
    }

    private static SnapshotRecord ToRecord(JsonObject order)
    {
        var modified = PartnerCanonicalRecord.Text(order["write_date"]) is { } writeDate ? OdooDateTime.Parse(writeDate) : (DateTimeOffset?)null;
        return new SnapshotRecord(
            order["id"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture),
            PartnerCanonicalRecord.Text(order["client_order_ref"]),
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["orderNumber"] = PartnerCanonicalRecord.Text(order["origin"]) },
            modified);
    }
}
