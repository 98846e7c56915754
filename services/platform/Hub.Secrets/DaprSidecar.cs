using Microsoft.Extensions.Configuration;

namespace Hub.Secrets;

/// <summary>Where the sidecar listens, from options or the variables the Dapr injector sets (DAPR_HTTP_PORT, ...).</summary>
public sealed record DaprSidecar(Uri HttpEndpoint, Uri GrpcEndpoint, string? ApiToken)
{
    /// <summary>Null when nothing says a sidecar exists: without DAPR_HTTP_PORT or an endpoint there is nothing to probe.</summary>
    public static DaprSidecar? Locate(SecretsOptions options, IConfiguration configuration)
    {
        var http = options.DaprHttpEndpoint ?? Endpoint(configuration, "DAPR_HTTP_ENDPOINT", "DAPR_HTTP_PORT");
        if (http is null)
        {
            return null;
        }

        var grpc = options.DaprGrpcEndpoint ?? Endpoint(configuration, "DAPR_GRPC_ENDPOINT", "DAPR_GRPC_PORT") ?? new Uri("http://127.0.0.1:50001");
        return new DaprSidecar(http, grpc, configuration["DAPR_API_TOKEN"] is { Length: > 0 } token ? token : null);
    }

    private static Uri? Endpoint(IConfiguration configuration, string endpointKey, string portKey) =>
        configuration[endpointKey] is { Length: > 0 } endpoint ? new Uri(endpoint)
        : int.TryParse(configuration[portKey], out var port) && port > 0 ? new Uri($"http://127.0.0.1:{port}")
        : null;
}
