using System.Globalization;
using Hub.Contracts;
using Hub.Messaging.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Erp.Connector.Inbound;

/// <summary>
/// The canonical status last published per sale order (one Redis hash, <c>{prefix}:erp:order-status</c>), so a
/// write that did not change the state publishes nothing and the next change knows its previous status.
/// </summary>
public sealed class OrderStatusStore(IConnectionMultiplexer redis, IOptions<RedisOptions> options)
{
    private RedisKey Key => $"{options.Value.KeyPrefix}:erp:order-status";

    public async Task<OrderStatus?> GetAsync(int orderId)
    {
        var value = await redis.GetDatabase().HashGetAsync(Key, orderId.ToString(CultureInfo.InvariantCulture));
        return value.IsNullOrEmpty ? null : Enum.Parse<OrderStatus>(value.ToString());
    }

    public Task SetAsync(int orderId, OrderStatus status) =>
        redis.GetDatabase().HashSetAsync(Key, orderId.ToString(CultureInfo.InvariantCulture), status.ToString());
}
