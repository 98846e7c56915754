using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Shop.Connector.Inbound;
using Shop.Connector.Outbound;

namespace Shop.Connector;

public static class ShopConnectorExtensions
{
    /// <summary>Group shop-connector.stock, reading what contracts/topics.yaml declares for it.</summary>
    public const string StockSubscription = "stock";

    /// <summary>Options, mappings, identity and the Admin API client shared by both directions.</summary>
    public static WebApplicationBuilder AddShopConnector(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShopOptions>().BindConfiguration(ShopOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMappings();
        builder.Services.AddCanonicalIdentity();
        builder.Services.AddExternalApi<ShopifyAdminClient>(ShopifyAdminClient.ApiName);
        return builder;
    }

    /// <summary>POST /webhooks/shopify: orders/create and customers/create to canonical events.</summary>
    public static WebApplicationBuilder AddShopInbound(this WebApplicationBuilder builder)
    {
        builder.Services.AddWebhook<ShopifyMessage, ShopifyWebhookVerifier, ShopifyPayloadParser, ShopifyWebhookHandler>(ShopifyWebhookVerifier.Name);
        builder.Services.AddInboundQuarantine<ShopOptions>(o => o.InboundDeadLetterTopic);
        builder.Services.AddSingleton<ShopCustomerMapper>();
        builder.Services.AddSingleton<ShopOrderMapper>();
        builder.Services.AddSingleton<CustomerSnapshots>();
        builder.Services.AddFormerStateKey(CustomerSnapshots.FormerKeys, (keys, id) => keys.Key(CustomerSnapshots.Store, id));
        builder.Services.AddSingleton<ShopCustomerPublisher>();
        return builder;
    }

    /// <summary>StockLevelChanged → inventory_levels/set.json (group shop-connector.stock).</summary>
    public static WebApplicationBuilder AddShopOutbound(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InventoryItemLookup>();
        builder.Services.AddOutboundSubscription<StockLevelChanged, StockLevelChangedHandler>(StockSubscription);
        return builder;
    }
}
