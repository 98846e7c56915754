using Hub.Connectors.Hosting;
using Legacy.Connector.Hosting;

// The legacy system exchanges files only: exports dropped into a folder in, customer import files out.
var builder = ConnectorHost.CreateBuilder(args, "legacy-connector", "legacy-csv");
builder.AddLegacyInbound();
builder.AddLegacyOutbound();

var app = builder.Build();
app.MapConnectorEndpoints();
app.MapLegacyEndpoints();
app.Run();
