using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hub.Testing;

/// <summary>
/// A stand-in OTLP collector on 127.0.0.1: OTLP/HTTP (POST /v1/traces, protobuf) on one port and OTLP/gRPC
/// (TraceService/Export over cleartext HTTP/2) on another. It records what arrived and answers success.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    public const string GrpcExportPath = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";

    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app, Uri httpEndpoint, Uri grpcEndpoint)
    {
        _app = app;
        HttpEndpoint = httpEndpoint;
        GrpcEndpoint = grpcEndpoint;
    }

    public Uri HttpEndpoint { get; }

    public Uri GrpcEndpoint { get; }

    public ConcurrentQueue<ReceivedExport> Received { get; } = new();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var (app, httpPort, grpcPort) = LoopbackApp.CreateHttpAndGrpc();
        var receiver = new OtlpReceiver(app, new Uri($"http://127.0.0.1:{httpPort}"), new Uri($"http://127.0.0.1:{grpcPort}"));
        app.MapPost("/v1/traces", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver.Received.Enqueue(new ReceivedExport("http", context.Request.Path, context.Request.ContentType ?? "", body.ToArray()));
            // An empty ExportTraceServiceResponse is zero bytes of protobuf.
            context.Response.ContentType = "application/x-protobuf";
        });
        app.MapPost(GrpcExportPath, async (HttpContext context) =>
        {
            var message = await GrpcFrames.ReadMessageAsync(context.Request);
            receiver.Received.Enqueue(new ReceivedExport("grpc", context.Request.Path, context.Request.ContentType ?? "", message));
            await GrpcFrames.WriteMessageAsync(context.Response, []);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
