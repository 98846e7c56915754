using System.Net;
using Hub.DevStack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Hub.Testing;

/// <summary>
/// How the tests' stand-ins for other products' endpoints (an OTLP collector, a Dapr sidecar) listen: a quiet
/// ASP.NET Core app on 127.0.0.1 with HTTP/1.1 on one free port and cleartext HTTP/2 (gRPC) on another.
/// </summary>
public static class LoopbackApp
{
    public static (WebApplication App, int HttpPort, int GrpcPort) CreateHttpAndGrpc()
    {
        var (httpPort, grpcPort) = (FreePort.Next(), FreePort.Next());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, httpPort);
            kestrel.Listen(IPAddress.Loopback, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        return (builder.Build(), httpPort, grpcPort);
    }
}
