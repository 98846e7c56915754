using Accounting.Connector;
using Accounting.Connector.Api;
using Accounting.Connector.Inbound;
using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Contracts;

// Xero-style accounting connector: customers -> contacts, orders -> invoices (InvoiceRaised), payments polled -> PaymentReceived;
// accounting-connector.reverts applies `hub revert` to contacts.
var builder = ConnectorHost.CreateBuilder(args, "accounting-connector", "accounting");
builder.AddConnector(accounting => accounting
    .Api<XeroClient>(api => api.AddXeroHandlers())
    .Outbound<CustomerUpserted, CustomerContactHandler>("customers")
    .Outbound<OrderPlaced, OrderInvoiceHandler>("orders")
    .Reverts<XeroContactRevertTarget>()
    .Poll<XeroPayment, PaymentFeed>(AccountingConnectorExtensions.PaymentsPoller)
    .Use(services => services.AddAccountingServices()));

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
