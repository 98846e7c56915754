using Erp.Connector.Inbound;
using Erp.Connector.Odoo;
using Erp.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Identity;
using Hub.Mapping;

// Odoo-style ERP connector: customers and orders out (JSON-RPC execute_kw), stock levels and order states in (delta polling).
var builder = ConnectorHost.CreateBuilder(args, "erp-connector", "erp");
builder.Services.AddMappings();
builder.Services.AddCanonicalIdentity();
builder.Services.AddOdooClient();
builder.Services.AddErpOutbound();
builder.Services.AddErpInbound();

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
