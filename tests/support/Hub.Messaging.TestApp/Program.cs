using Hub.Messaging.TestApp;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddTestApp();
using var host = builder.Build();
await host.RunAsync();
