using Hub.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Connector.Outbound;

public static class OutboundServiceExtensions
{
    /// <summary>Subscriptions "customers" and "orders"; topics, groups and retry settings come from Subscriptions:* in appsettings.</summary>
    public static IServiceCollection AddErpOutbound(this IServiceCollection services)
    {
        services.AddOutboundOwnership();
        services.AddOutboundSubscription<CustomerUpserted, CustomerUpsertedHandler>("customers");
        services.AddOutboundSubscription<OrderPlaced, OrderPlacedHandler>("orders");
        return services;
    }
}
