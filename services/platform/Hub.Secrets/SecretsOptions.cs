using System.ComponentModel.DataAnnotations;

namespace Hub.Secrets;

/// <summary>The "Secrets" section.</summary>
public sealed class SecretsOptions
{
    public const string SectionName = "Secrets";

    /// <summary>Configuration section holding values when Dapr is not used: Secrets:Values:&lt;name&gt;.</summary>
    public const string ValuesSection = "Secrets:Values";

    public SecretSource Source { get; set; } = SecretSource.Auto;

    /// <summary>The Dapr secret store component's name (deploy/dapr/secretstore.yaml).</summary>
    [Required]
    public string Store { get; set; } = "hub-secrets";

    /// <summary>How long to wait for the sidecar's /v1.0/healthz before falling back to configuration.</summary>
    public TimeSpan SidecarProbeTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The sidecar's HTTP endpoint; by default DAPR_HTTP_ENDPOINT, else http://127.0.0.1:DAPR_HTTP_PORT.</summary>
    public Uri? DaprHttpEndpoint { get; set; }

    /// <summary>The sidecar's gRPC endpoint (secrets are read over gRPC); by default DAPR_GRPC_ENDPOINT, else DAPR_GRPC_PORT.</summary>
    public Uri? DaprGrpcEndpoint { get; set; }
}
