using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Shop.Connector.Outbound;

/// <summary>
/// SKU → the shop's inventory_item_id, and the location stock is set at. Both are cached; a SKU missing from the
/// cache reloads the catalogue (at most once per Shop:CatalogueRefreshInterval), so new products are found.
/// </summary>
public sealed class InventoryItemLookup(ShopifyAdminClient client, IOptions<ShopOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _items = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;
    private long? _locationId = options.Value.LocationId;

    /// <returns>The inventory item id, or null when the shop does not sell the SKU.</returns>
    public async Task<long?> FindInventoryItemAsync(string sku, CancellationToken cancellationToken)
    {
        if (_items.TryGetValue(sku, out var cached))
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_items.ContainsKey(sku) && time.GetUtcNow() - _refreshedAt >= options.Value.CatalogueRefreshInterval)
            {
                foreach (var variant in await client.GetVariantsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!string.IsNullOrWhiteSpace(variant.Sku))
                    {
                        _items[variant.Sku] = variant.InventoryItemId;
                    }
                }

                _refreshedAt = time.GetUtcNow();
            }
        }
        finally
        {
            _refresh.Release();
        }

        return _items.TryGetValue(sku, out var found) ? found : null;
    }

    public async Task<long> GetLocationIdAsync(CancellationToken cancellationToken)
    {
        if (_locationId is { } known)
        {
            return known;
        }

        var first = await client.GetFirstActiveLocationIdAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new Hub.Connectors.Hosting.ExternalApiRejectedException("shop", "list locations", System.Net.HttpStatusCode.NotFound, "the shop has no active location");
        _locationId = first;
        return first;
    }
}
