using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Resilience.UnitTests.Support;

/// <summary>A schema registry on a free loopback port that answers every request with one error, counting requests.</summary>
internal sealed class StubRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private StubRegistry(WebApplication app) => _app = app;

    public int Status { get; set; } = StatusCodes.Status503ServiceUnavailable;

    public int Requests => Volatile.Read(ref _requests);

    public string Url => _app.Urls.Single();

    public static async Task<StubRegistry> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var registry = new StubRegistry(builder.Build());
        registry._app.Run(registry.AnswerAsync);
        await registry._app.StartAsync();
        return registry;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        context.Response.StatusCode = Status;
        return context.Response.WriteAsJsonAsync(new { error_code = (Status * 100) + 1, message = "stub registry says no" });
    }
}
