using Hub.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Connector.Outbound;

public static class OutboundServiceExtensions
{
    /// <summary>
    /// Subscriptions "customers" and "orders": groups erp-connector.customers and erp-connector.orders with the topics
    /// contracts/topics.yaml declares for them; retry settings come from Subscriptions:* in appsettings.
    /// </summary>
    public static IServiceCollection AddErpOutbound(this IServiceCollection services)
    {
        services.AddOutboundOwnership();
        services.AddOutboundSubscription<CustomerUpserted, CustomerUpsertedHandler>("customers");
        services.AddOutboundSubscription<OrderPlaced, OrderPlacedHandler>("orders");
        return services;
    }
}
