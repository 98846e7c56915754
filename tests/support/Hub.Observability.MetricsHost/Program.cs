using Hub.Observability;
using Hub.Observability.MetricsHost;
using Hub.Messaging.TestApp;

// The TestApp consumer plus generated traffic, with the same observability as every Hub service.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTestApp();
builder.Services.AddOptions<TrafficOptions>().BindConfiguration(TrafficOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddHttpClient();
builder.Services.AddHostedService<TrafficGenerator>();
builder.AddHubObservability("metrics-host");

var app = builder.Build();
app.MapHubObservability();
app.Run();
