using Hub.Connectors.Hosting;

namespace Erp.Connector.Inbound;

public static class InboundServiceExtensions
{
    /// <summary>The last published status per sale order, which the "erp-orders" feed compares against.</summary>
    public static IServiceCollection AddOrderStatusStore(this IServiceCollection services)
    {
        services.AddSingleton<OrderStatusStore>();
        services.AddFormerStateKey(OrderStatusStore.FormerKey, (keys, _) => keys.Key(OrderStatusStore.Store));
        return services;
    }
}
