using Hub.Connectors.Hosting;
using Shop.Connector;
using Shop.Connector.Inbound;

// The shop connector: Shopify-style webhooks in (OrderPlaced, CustomerUpserted), stock levels out.
var builder = ConnectorHost.CreateBuilder(args, "shop-connector", "shop");
builder.AddShopConnector();
builder.AddShopInbound();
builder.AddShopOutbound();

var app = builder.Build();
app.MapConnectorEndpoints();
app.MapShopifyWebhooks();
app.Run();
