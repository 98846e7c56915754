using Hub.Connectors.Hosting;
using Hub.Connectors.Polling;

namespace Erp.Connector.Inbound;

public static class InboundServiceExtensions
{
    /// <summary>Pollers "erp-stock" and "erp-orders" (settings Polling:erp-stock, Polling:erp-orders; watermarks in Redis).</summary>
    public static IServiceCollection AddErpInbound(this IServiceCollection services)
    {
        services.AddSingleton<OrderStatusStore>();
        services.AddFormerStateKey(OrderStatusStore.FormerKey, (keys, _) => keys.Key(OrderStatusStore.Store));
        services.AddDeltaPolling<StockQuantRecord, StockQuantFeed>("erp-stock");
        services.AddDeltaPolling<SaleOrderRecord, SaleOrderFeed>("erp-orders");
        return services;
    }
}
