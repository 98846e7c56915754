using Hub.Connectors.Hosting;
using Hub.Contracts;
using Legacy.Connector.Hosting;
using Legacy.Connector.Inbound;
using Legacy.Connector.Outbound;
using Legacy.Connector.Quality;

// The legacy system exchanges files only: exports dropped into a folder in, customer import files out.
// Group legacy-connector.customers reads what contracts/topics.yaml declares; folders come from Legacy:Folders.
// POST /quality/customers/file profiles a customer export for `hub quality legacy-csv customers --file`.
var builder = ConnectorHost.CreateBuilder(args, "legacy-connector", "legacy-csv");
builder.AddConnector(legacy => legacy
    .Intake<DropFolderWatcher>(services => services.AddLegacyFileIntake())
    .Quarantine<InboundOptions>(o => o.QuarantineTopic)
    .QualityFile<ExportQualitySource>("customers")
    .Use(services => services.AddLegacyOutbox())
    .Outbound<CustomerUpserted, CustomerExportHandler>("customers")
    .Endpoints(app => app.MapLegacyEndpoints()));

var app = builder.Build();
app.MapConnectorEndpoints();
app.Run();
