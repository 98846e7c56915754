using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Erp.Connector.Odoo;

/// <summary>
/// Record ids the connector looks up by code and keeps: countries by ISO code, partner categories by name, products
/// by default_code (and back). These change rarely; a miss is asked again, so a record added later is found.
/// </summary>
public sealed class ErpReferenceData
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _skus = new();

    public Task<int?> CountryIdAsync(OdooClient client, string code, CancellationToken cancellationToken) =>
        IdAsync(client, "res.country", "code", code, cancellationToken);

    public Task<int?> CategoryIdAsync(OdooClient client, string name, CancellationToken cancellationToken) =>
        IdAsync(client, "res.partner.category", "name", name, cancellationToken);

    public Task<int?> ProductIdAsync(OdooClient client, string sku, CancellationToken cancellationToken) =>
        IdAsync(client, "product.product", "default_code", sku, cancellationToken);

    /// <summary>default_code of product.product records, asking the ERP only for the ones not known yet.</summary>
    public async Task<IReadOnlyDictionary<int, string?>> SkusAsync(OdooClient client, IEnumerable<int> productIds, CancellationToken cancellationToken)
    {
        var wanted = productIds.Distinct().ToList();
        var missing = wanted.Where(id => !_skus.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var domain = new JsonArray(new JsonArray("id", "in", new JsonArray([.. missing.Select(i => (JsonNode)i)])), new JsonArray("active", "in", new JsonArray(true, false)));
            foreach (var product in await client.SearchReadAsync("product.product", domain, ["default_code"], cancellationToken))
            {
                if (product?["default_code"] is JsonValue code && code.TryGetValue<string>(out var sku))
                {
                    _skus[product["id"]!.GetValue<int>()] = sku;
                }
            }
        }

        return wanted.ToDictionary(id => id, id => _skus.TryGetValue(id, out var sku) ? sku : null);
    }

    private async Task<int?> IdAsync(OdooClient client, string model, string field, string value, CancellationToken cancellationToken)
    {
        var cacheKey = $"{model}|{value}";
        if (_ids.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var found = await client.SearchReadAsync(model, new JsonArray(new JsonArray(field, "=", value)), ["id"], cancellationToken, limit: 1);
        if (found.Count == 0)
        {
            return null;
        }

        var id = found[0]!["id"]!.GetValue<int>();
        _ids[cacheKey] = id;
        return id;
    }
}
