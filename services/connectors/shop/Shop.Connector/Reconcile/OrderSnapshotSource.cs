using System.Globalization;
using Hub.Identity;
using Hub.Reconciliation;
using Shop.Connector.Outbound;

namespace Shop.Connector.Reconcile;

/// <summary>
/// The shop's orders as canonical orders, for `hub reconcile orders`: GET orders.json through
/// <see cref="ShopifyAdminClient"/> (its resilience pipeline and rate limit), in id order, the cursor being the last id.
/// The canonical id is the one the connector created for the order in the cross-reference when its orders/create
/// webhook arrived; an order the webhook never brought has none and is reported as extra. Never writes.
/// </summary>
public sealed class OrderSnapshotSource(ShopifyAdminClient client, CrossReferenceStore crossReference) : ISnapshotSource
{
    public const string EntityType = "order";

    private const string System = "shop";

    string ISnapshotSource.EntityType => EntityType;

    public IReadOnlyList<string> Fields { get; } = ["orderNumber"];

    public async Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Shopify pages at most 250 orders.
        var limit = Math.Min(query.Limit, 250);
        long? after = long.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : null;
        var orders = await client.GetOrdersAsync(after, limit, cancellationToken).ConfigureAwait(false);
        var records = new List<SnapshotRecord>();
        foreach (var order in orders.Where(o => query.Since is not { } since || o.UpdatedAt is not { } at || at >= since))
        {
            var id = order.Id.ToString(CultureInfo.InvariantCulture);
            var canonicalId = await crossReference.GetCanonicalIdAsync(EntityType, System, id).ConfigureAwait(false);
            records.Add(new SnapshotRecord(id, canonicalId, new Dictionary<string, string?>(StringComparer.Ordinal) { ["orderNumber"] = order.Name }, order.UpdatedAt));
        }

        return new SnapshotPage(records, orders.Count < limit ? null : orders[^1].Id.ToString(CultureInfo.InvariantCulture));
    }
}
