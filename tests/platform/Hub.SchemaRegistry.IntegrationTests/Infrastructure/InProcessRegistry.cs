using Hub.SchemaRegistry.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.SchemaRegistry.IntegrationTests.Infrastructure;

/// <summary>The registry on the in-memory store, hosted in the test process on a free loopback port.</summary>
internal sealed class InProcessRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessRegistry(WebApplication app, Uri address)
    {
        _app = app;
        Client = new RegistryHttpClient(address);
    }

    public RegistryHttpClient Client { get; }

    public static async Task<InProcessRegistry> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls", "http://127.0.0.1:0", "--SchemaRegistry:Store", "InMemory", "--Logging:LogLevel:Default", "Warning"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddSchemaRegistry();
        var app = builder.Build();
        app.MapSchemaRegistry();
        await app.StartAsync(TestContext.Current.CancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessRegistry(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
