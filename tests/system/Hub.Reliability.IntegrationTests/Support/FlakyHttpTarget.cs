using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Reliability.IntegrationTests.Support;

/// <summary>
/// A small external system on 127.0.0.1 that applies effects by idempotency key (POST /effects, body = event id).
/// While <see cref="Failing"/> it answers in turn 429 with Retry-After, 503, 500, and a slow success the
/// client gives up on, so handlers meet throttling, server errors and timeouts whose effect did happen.
/// </summary>
public sealed class FlakyHttpTarget : IAsyncDisposable
{
    public static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _keys = new();
    private readonly ConcurrentQueue<string> _applied = new();
    private long _calls;
    private long _rejectedDuplicates;
    private long _faults;
    private volatile bool _failing;

    private FlakyHttpTarget(WebApplication app)
    {
        _app = app;
        _app.MapPost("/effects", HandleAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public IReadOnlyList<string> Applied => [.. _applied];

    public long RejectedDuplicates => Interlocked.Read(ref _rejectedDuplicates);

    public long Faults => Interlocked.Read(ref _faults);

    public static async Task<FlakyHttpTarget> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var target = new FlakyHttpTarget(builder.Build());
        await target._app.StartAsync();
        var address = target._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        target.BaseAddress = new Uri(address + "/");
        return target;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var call = Interlocked.Increment(ref _calls);
        var key = request.Headers["Idempotency-Key"].ToString();
        using var reader = new StreamReader(request.Body);
        var eventId = await reader.ReadToEndAsync();
        if (_failing)
        {
            Interlocked.Increment(ref _faults);
            switch (call % 4)
            {
                case 0:
                    request.HttpContext.Response.Headers.RetryAfter = "1";
                    return Results.StatusCode(StatusCodes.Status429TooManyRequests);
                case 1:
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                case 2:
                    return Results.StatusCode(StatusCodes.Status500InternalServerError);
                default:
                    await Task.Delay(SlowAnswer);
                    break;
            }
        }

        if (!_keys.TryAdd(key, true))
        {
            Interlocked.Increment(ref _rejectedDuplicates);
            return Results.Conflict();
        }

        _applied.Enqueue(eventId);
        return Results.Created();
    }
}
