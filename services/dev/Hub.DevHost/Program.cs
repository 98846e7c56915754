using Hub.DevHost;

// The embedded development stack: the mock Kafka cluster with the declared topics (or, with
// Kafka__BootstrapServers set, those topics created on a real cluster), a private Redis, a state file for other
// processes, and a loopback control API for fault injection. Ctrl+C or SIGTERM tears everything down.
// Content root is the binary's folder so appsettings.json is found wherever `dotnet Hub.DevHost.dll` is run from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddDevHost(args);

var app = builder.Build();
app.MapDevHostControlApi();
await app.RunAsync();
