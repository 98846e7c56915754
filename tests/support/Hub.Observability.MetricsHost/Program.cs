using Hub.Connectors.Hosting;
using Hub.Observability;
using Hub.Observability.MetricsHost;
using Hub.Messaging.TestApp;

// The TestApp consumer plus generated traffic, with the same observability as every Hub service.
const string MetricsHostName = "metrics-host";
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTestApp();
builder.Services.AddOptions<TrafficOptions>().BindConfiguration(TrafficOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddHttpClient();
builder.Services.AddHostedService<TrafficGenerator>();
builder.AddHubObservability(MetricsHostName);

// The connector counters are counted under the host's name, the meter AddHubObservability exports.
builder.Services.Configure<ConnectorOptions>(o => (o.Name, o.SourceSystem) = (MetricsHostName, "crm"));
builder.Services.AddSingleton<ConnectorTelemetry>();

var app = builder.Build();
app.MapHubObservability();
app.Run();
