using Crm.Connector;
using Crm.Connector.Api;
using Crm.Connector.Inbound;
using Crm.Connector.Outbound;
using Crm.Connector.Quality;
using Crm.Connector.Reconcile;
using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Contracts;

// The CRM connector: HubSpot webhooks → CustomerUpserted, CustomerUpserted from other systems → CRM contacts.
// Group crm-connector.customers reads what contracts/topics.yaml declares, crm-connector.reverts applies `hub revert`;
// GET /reconcile/customers shows the contacts as canonical customers for `hub reconcile`, GET /quality/customers
// runs them through the inbound mapping for `hub quality`;
// the CRM API uses ExternalApis:crm.
var builder = ConnectorHost.CreateBuilder(args, "crm-connector", "crm");
builder.AddConnector(crm => crm
    .Api<CrmClient>()
    .Webhook<HubSpotEvent, HubSpotWebhookVerifier, HubSpotPayloadParser, ContactInbound>(HubSpotWebhookEndpoint.Path, HubSpotWebhookVerifier.Name)
    .Quarantine<CrmConnectorOptions>(o => o.InboundDeadLetterTopic)
    .Outbound<CustomerUpserted, CustomerToContactHandler>("customers")
    .Reverts<ContactRevertTarget>()
    .Snapshot<ContactSnapshotSource>("customers")
    .Quality<ContactQualitySource>("customers")
    .Use(services => services.AddCrmServices()));

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
