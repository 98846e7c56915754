using System.Collections.Concurrent;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hub.Observability.IntegrationTests.Support;

/// <summary>
/// Plays a Dapr sidecar on 127.0.0.1: the HTTP API (/v1.0/healthz, /v1.0/secrets/{store}/{name}) on one port and the
/// gRPC API's GetSecret (what Dapr.Client calls) on another. Secrets live in <see cref="Stores"/>.
/// </summary>
public sealed class DaprSidecarStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DaprSidecarStandIn(WebApplication app, int httpPort, int grpcPort)
    {
        _app = app;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    /// <summary>store → secret name → value.</summary>
    public ConcurrentDictionary<string, Dictionary<string, string>> Stores { get; } = new();

    /// <summary>"GET /v1.0/healthz", "grpc GetSecret store/name", ... in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>When set, GetSecret fails with this gRPC status message (a store that echoes too much, say).</summary>
    public string? FailureMessage { get; set; }

    public static async Task<DaprSidecarStandIn> StartAsync()
    {
        var (app, httpPort, grpcPort) = LoopbackApp.CreateHttpAndGrpc();
        var sidecar = new DaprSidecarStandIn(app, httpPort, grpcPort);
        app.MapGet("/v1.0/healthz", () =>
        {
            sidecar.Requests.Enqueue("GET /v1.0/healthz");
            return Results.NoContent();
        });
        app.MapGet("/v1.0/secrets/{store}/{name}", (string store, string name) =>
        {
            sidecar.Requests.Enqueue($"GET /v1.0/secrets/{store}/{name}");
            return sidecar.Find(store, name) is { } value ? Results.Json(new Dictionary<string, string> { [name] = value }) : Results.NotFound();
        });
        app.MapPost("/dapr.proto.runtime.v1.Dapr/GetSecret", sidecar.GetSecretAsync);
        await app.StartAsync();
        return sidecar;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task GetSecretAsync(HttpContext context)
    {
        var request = GetSecretRequest.Parser.ParseFrom(await GrpcFrames.ReadMessageAsync(context.Request));
        Requests.Enqueue($"grpc GetSecret {request.StoreName}/{request.Key}");
        var response = new GetSecretResponse();
        if (FailureMessage is not null)
        {
            context.Response.ContentType = GrpcFrames.ContentType;
            context.Response.AppendTrailer("grpc-status", "13");
            context.Response.AppendTrailer("grpc-message", Uri.EscapeDataString(FailureMessage));
            return;
        }

        if (Find(request.StoreName, request.Key) is { } value)
        {
            response.Data[request.Key] = value;
        }

        await GrpcFrames.WriteMessageAsync(context.Response, response.ToByteArray());
    }

    private string? Find(string store, string name) =>
        Stores.TryGetValue(store, out var secrets) && secrets.TryGetValue(name, out var value) ? value : null;
}
