using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shop.Connector.Inbound;
using Shop.Connector.Outbound;

namespace Shop.Connector;

/// <summary>The shop connector's own parts; what it reads and writes is declared in Program.cs.</summary>
public static class ShopConnectorExtensions
{
    /// <summary>Settings (Shop), the webhook mappers and customer snapshots, and the catalogue lookup stock writes use.</summary>
    public static IServiceCollection AddShopServices(this IServiceCollection services)
    {
        services.AddOptions<ShopOptions>().BindConfiguration(ShopOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ShopCustomerMapper>();
        services.AddSingleton<ShopOrderMapper>();
        services.AddSingleton<CustomerSnapshots>();
        services.AddFormerStateKey(CustomerSnapshots.FormerKeys, (keys, id) => keys.Key(CustomerSnapshots.Store, id));
        services.AddSingleton<ShopCustomerPublisher>();
        services.AddSingleton<InventoryItemLookup>();
        return services;
    }
}
