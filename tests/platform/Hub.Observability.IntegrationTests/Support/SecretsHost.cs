using Hub.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Observability.IntegrationTests.Support;

/// <summary>A host wired like a connector's (AddHubSecrets), logging everything at Trace level into <see cref="Logs"/>.</summary>
public sealed class SecretsHost : IDisposable
{
    private readonly IHost _host;

    public SecretsHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.AddHubSecrets();
        // Dapr.Client's gRPC and HTTP traffic logs through these when a factory is present; all of it is captured.
        builder.Services.AddHttpClient();
        _host = builder.Build();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ISecretProvider Secrets => _host.Services.GetRequiredService<ISecretProvider>();

    public ILogger Logger(string category) => _host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

    public static Dictionary<string, string?> ForSidecar(DaprSidecarStandIn sidecar) => new()
    {
        // What the Dapr sidecar injector sets in the application container.
        ["DAPR_HTTP_PORT"] = sidecar.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DAPR_GRPC_PORT"] = sidecar.GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public void Dispose() => _host.Dispose();
}
