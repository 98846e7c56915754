namespace Hub.Secrets;

public enum SecretSource
{
    /// <summary>Dapr when a sidecar answers its health endpoint, configuration otherwise.</summary>
    Auto,

    /// <summary>Always Dapr: a missing sidecar is an error (production clusters that mandate Dapr).</summary>
    Dapr,

    /// <summary>Always configuration (environment variables, appsettings, mounted Kubernetes secrets as config).</summary>
    Configuration,
}
