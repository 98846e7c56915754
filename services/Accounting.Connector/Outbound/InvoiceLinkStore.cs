using System.Text.Json;
using Hub.Messaging.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Accounting.Connector.Outbound;

/// <summary>
/// InvoiceID → <see cref="InvoiceLink"/> in Redis (<c>{prefix}:accounting:invoice:{InvoiceID}</c>), written before
/// InvoiceRaised is published, so a polled payment can name the order's customer and carry its correlation id.
/// </summary>
public sealed class InvoiceLinkStore(IConnectionMultiplexer redis, IOptions<RedisOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Key(Guid invoiceId) => $"{options.Value.KeyPrefix}:accounting:invoice:{invoiceId}";

    public Task SaveAsync(Guid invoiceId, InvoiceLink link) =>
        redis.GetDatabase().StringSetAsync(Key(invoiceId), JsonSerializer.Serialize(link, Json));

    public async Task<InvoiceLink?> GetAsync(Guid invoiceId)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(invoiceId));
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<InvoiceLink>(value.ToString(), Json);
    }
}
