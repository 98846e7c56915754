using Hub.Sandboxes;
using Legacy.Sandbox;
using Legacy.Sandbox.Exports;
using Legacy.Sandbox.Imports;

// The legacy system: exports into the connector's drop folder, imports from its outbox; controls under /_sandbox.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSandbox();
builder.Services.AddOptions<LegacySandboxOptions>().BindConfiguration(LegacySandboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<ExportWriter>();
builder.Services.AddSingleton<ImportLog>();
builder.Services.AddHostedService<ImportWatcher>();

var app = builder.Build();
app.UseSandbox();
app.MapSandboxControl();
app.MapLegacySandbox();
app.Run();
