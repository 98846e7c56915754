using Microsoft.Extensions.Configuration;

namespace Hub.Secrets;

/// <summary>
/// Values from configuration under Secrets:Values:&lt;name&gt;, i.e. environment variables Secrets__Values__&lt;name&gt;
/// (how Kubernetes secretKeyRef env vars and docker compose env files arrive) or appsettings for local runs.
/// </summary>
public sealed class ConfigurationSecretProvider(IConfiguration configuration, SecretRedactor redactor) : ISecretProvider
{
    public string Source => "configuration";

    public Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var value = configuration[$"{SecretsOptions.ValuesSection}:{name}"];
        if (string.IsNullOrEmpty(value))
        {
            throw new SecretNotFoundException(
                $"Secret '{name}' is not configured: set {SecretsOptions.ValuesSection.Replace(":", "__", StringComparison.Ordinal)}__{name} " +
                "or run the service with a Dapr sidecar and a secret store.");
        }

        redactor.Remember(value);
        return Task.FromResult(value);
    }
}
