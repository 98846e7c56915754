using Hub.Observability;
using Hub.SchemaRegistry.Hosting;

// Confluent-compatible Schema Registry (Avro). Any Confluent-compatible registry can replace it in production.
var builder = WebApplication.CreateBuilder(args);
builder.UseRegistryDefaultUrl();
builder.AddSchemaRegistry();
builder.AddHubObservability("schema-registry");

var app = builder.Build();
app.MapHubObservability();
app.MapSchemaRegistry();
app.Run();
