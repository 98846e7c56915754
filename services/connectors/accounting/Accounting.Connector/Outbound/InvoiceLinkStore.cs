using System.Text.Json;
using Hub.Connectors.Hosting;
using StackExchange.Redis;

namespace Accounting.Connector.Outbound;

/// <summary>
/// InvoiceID → <see cref="InvoiceLink"/> in Redis (<c>{prefix}:conn:accounting-connector:invoice:{InvoiceID}</c>), written before
/// InvoiceRaised is published, so a polled payment can name the order's customer and carry its correlation id.
/// </summary>
public sealed class InvoiceLinkStore(IConnectionMultiplexer redis, ConnectorStateKeys keys)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string Store = "invoice";

    /// <summary>Where links were kept before the one key scheme (moved at start-up); the star is the InvoiceID.</summary>
    public const string FormerKeys = "accounting:invoice:*";

    public string Key(Guid invoiceId) => keys.Key(Store, invoiceId.ToString()).ToString();

    public Task SaveAsync(Guid invoiceId, InvoiceLink link) =>
        redis.GetDatabase().StringSetAsync(Key(invoiceId), JsonSerializer.Serialize(link, Json));

    public async Task<InvoiceLink?> GetAsync(Guid invoiceId)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(invoiceId));
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<InvoiceLink>(value.ToString(), Json);
    }
}
