using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Connectors.Hosting;
using Microsoft.Extensions.Options;

namespace Shop.Connector.Outbound;

/// <summary>
/// The Admin REST API calls the connector makes (products, locations and orders to read, inventory levels to set). Failures
/// are read by <see cref="ShopifyErrors"/>.
/// </summary>
public sealed class ShopifyAdminClient(HttpClient http, ConnectorTelemetry telemetry, TimeProvider time, IOptions<ShopOptions> options)
    : ExternalApiClient(http, telemetry, time, ApiName, new ShopifyErrors())
{
    public const string ApiName = "shop";

    private static readonly JsonSerializerOptions Snake = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<IReadOnlyList<ShopVariant>> GetVariantsAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path("products.json?fields=id,variants&limit=250"));
        var page = await ReadAsync<ProductsPage>(request, "list products", cancellationToken).ConfigureAwait(false);
        return page?.Products.SelectMany(p => p.Variants).ToList() ?? [];
    }

    public async Task<long?> GetFirstActiveLocationIdAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path("locations.json"));
        var page = await ReadAsync<LocationsPage>(request, "list locations", cancellationToken).ConfigureAwait(false);
        return page?.Locations.FirstOrDefault(l => l.Active)?.Id;
    }

    /// <summary>GET orders.json?status=any: at most <paramref name="limit"/> orders after <paramref name="sinceId"/>, in id order (Shopify's paging by id). Read-only.</summary>
    public async Task<IReadOnlyList<ShopOrderSummary>> GetOrdersAsync(long? sinceId, int limit, CancellationToken cancellationToken)
    {
        var after = sinceId is { } id ? $"&since_id={id}" : "";
        using var request = new HttpRequestMessage(HttpMethod.Get, Path($"orders.json?status=any&fields=id,name,updated_at&limit={limit}{after}"));
        var page = await ReadAsync<OrdersPage>(request, "list orders", cancellationToken).ConfigureAwait(false);
        return page?.Orders ?? [];
    }

    /// <summary>POST inventory_levels/set.json: sets the absolute level, so repeating it changes nothing.</summary>
    public async Task SetInventoryLevelAsync(long inventoryItemId, long locationId, int available, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path("inventory_levels/set.json"))
        {
            Content = JsonContent.Create(new { location_id = locationId, inventory_item_id = inventoryItemId, available }),
        };
        // Shopify ignores the header; the sandbox logs it, so tests can tell redeliveries from new writes.
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        using var response = await SendAsync(request, "set inventory level", cancellationToken).ConfigureAwait(false);
    }

    private Uri Path(string relative) => new($"admin/api/{options.Value.ApiVersion}/{relative}", UriKind.Relative);

    private async Task<T?> ReadAsync<T>(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, operation, cancellationToken).ConfigureAwait(false);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Snake, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new ExternalApiUnavailableException(System, operation, $"answered with JSON that is not a {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private sealed record ProductsPage(IReadOnlyList<ProductEntry> Products);

    private sealed record ProductEntry(long Id, IReadOnlyList<ShopVariant> Variants);

    private sealed record OrdersPage(IReadOnlyList<ShopOrderSummary> Orders);

    private sealed record LocationsPage(IReadOnlyList<LocationEntry> Locations);

    private sealed record LocationEntry(long Id, string? Name, bool Active);
}
