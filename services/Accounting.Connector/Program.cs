using Accounting.Connector;
using Hub.Connectors.Hosting;

// Xero-style accounting connector: customers -> contacts, orders -> invoices (InvoiceRaised), payments polled -> PaymentReceived.
var builder = ConnectorHost.CreateBuilder(args, "accounting-connector", "accounting");
builder.AddAccountingApi();
builder.AddAccountingOutbound();
builder.AddAccountingInbound();

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
