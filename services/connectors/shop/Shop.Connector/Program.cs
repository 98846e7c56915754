using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Contracts;
using Shop.Connector;
using Shop.Connector.Inbound;
using Shop.Connector.Outbound;
using Shop.Connector.Reconcile;

// The shop connector: Shopify-style webhooks in (OrderPlaced, CustomerUpserted), stock levels out.
// Group shop-connector.stock reads what contracts/topics.yaml declares; the Admin API uses ExternalApis:shop.
var builder = ConnectorHost.CreateBuilder(args, "shop-connector", "shop");
builder.AddConnector(shop => shop
    .Api<ShopifyAdminClient>()
    .Webhook<ShopifyMessage, ShopifyWebhookVerifier, ShopifyPayloadParser, ShopifyWebhookHandler>(ShopifyWebhookEndpoint.Path, ShopifyWebhookVerifier.Name)
    .Quarantine<ShopOptions>(o => o.InboundDeadLetterTopic)
    .Outbound<StockLevelChanged, StockLevelChangedHandler>("stock")
    .Snapshot<OrderSnapshotSource>("orders")
    .Use(services => services.AddShopServices()));

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
