using Erp.Connector.Inbound;
using Erp.Connector.Odoo;
using Erp.Connector.Outbound;
using Erp.Connector.Reconcile;
using Hub.Connectors.Hosting;
using Hub.Contracts;

// Odoo-style ERP connector: customers and orders out (JSON-RPC execute_kw), stock levels and order states in (delta polling).
// Groups erp-connector.customers and erp-connector.orders read what contracts/topics.yaml declares, erp-connector.reverts
// applies `hub revert`; pollers use Polling:erp-*; GET /reconcile/customers shows the partners as canonical customers
// for `hub reconcile`.
var builder = ConnectorHost.CreateBuilder(args, "erp-connector", "erp");
builder.AddConnector(erp => erp
    .Api<OdooClient>()
    .Use(services => services.AddOdooServices())
    .Outbound<CustomerUpserted, CustomerUpsertedHandler>("customers")
    .Outbound<OrderPlaced, OrderPlacedHandler>("orders")
    .Reverts<PartnerRevertTarget>()
    .Poll<StockQuantRecord, StockQuantFeed>("erp-stock")
    .Poll<SaleOrderRecord, SaleOrderFeed>("erp-orders")
    .Snapshot<PartnerSnapshotSource>("customers")
    .Snapshot<SaleOrderSnapshotSource>("orders")
    .Use(services => services.AddOrderStatusStore()));

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
