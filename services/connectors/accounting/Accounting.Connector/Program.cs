using Accounting.Connector;
using Accounting.Connector.Api;
using Accounting.Connector.Inbound;
using Accounting.Connector.Outbound;
using Accounting.Connector.Reconcile;
using Hub.Connectors.Hosting;
using Hub.Contracts;

// Xero-style accounting connector: customers -> contacts, orders -> invoices (InvoiceRaised), payments polled -> PaymentReceived;
// accounting-connector.reverts applies `hub revert` to contacts.
// GET /reconcile/customers shows the contacts as canonical customers for `hub reconcile`.
var builder = ConnectorHost.CreateBuilder(args, "accounting-connector", "accounting");
builder.AddConnector(accounting => accounting
    .Api<XeroClient>(api => api.AddXeroHandlers())
    .Outbound<CustomerUpserted, CustomerContactHandler>("customers")
    .Outbound<OrderPlaced, OrderInvoiceHandler>("orders")
    .Reverts<XeroContactRevertTarget>()
    .Poll<XeroPayment, PaymentFeed>(AccountingConnectorExtensions.PaymentsPoller)
    .Snapshot<ContactSnapshotSource>("customers")
    .Snapshot<InvoiceSnapshotSource>("orders")
    .Use(services => services.AddAccountingServices()));

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
