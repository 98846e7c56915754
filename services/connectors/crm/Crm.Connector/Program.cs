using Crm.Connector;
using Crm.Connector.Inbound;
using Hub.Connectors.Hosting;

// The CRM connector: HubSpot webhooks → CustomerUpserted, CustomerUpserted from other systems → CRM contacts.
var builder = ConnectorHost.CreateBuilder(args, "crm-connector", "crm");
builder.AddCrmConnector();

var app = builder.Build();
app.MapConnectorEndpoints();
app.MapHubSpotWebhooks();
app.Run();
