using System.Globalization;
using Hub.Contracts;
using Hub.Connectors.Hosting;
using StackExchange.Redis;

namespace Erp.Connector.Inbound;

/// <summary>
/// The canonical status last published per sale order (one Redis hash, <c>{prefix}:conn:erp-connector:order-status</c>), so a
/// write that did not change the state publishes nothing and the next change knows its previous status.
/// </summary>
public sealed class OrderStatusStore(IConnectionMultiplexer redis, ConnectorStateKeys keys)
{
    public const string Store = "order-status";

    /// <summary>Where the ERP connector kept it before the one key scheme (moved at start-up).</summary>
    public const string FormerKey = "erp:order-status";

    private RedisKey Key => keys.Key(Store);

    public async Task<OrderStatus?> GetAsync(int orderId)
    {
        var value = await redis.GetDatabase().HashGetAsync(Key, orderId.ToString(CultureInfo.InvariantCulture));
        return value.IsNullOrEmpty ? null : Enum.Parse<OrderStatus>(value.ToString());
    }

    public Task SetAsync(int orderId, OrderStatus status) =>
        redis.GetDatabase().HashSetAsync(Key, orderId.ToString(CultureInfo.InvariantCulture), status.ToString());
}
