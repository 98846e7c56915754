using Dapr.Client;

namespace Hub.Secrets;

/// <summary>Values from a Dapr secret store through the sidecar (Dapr.Client, which reads secrets over gRPC).</summary>
public sealed class DaprSecretProvider(DaprClient client, string store, SecretRedactor redactor) : ISecretProvider
{
    public string Source => $"dapr:{store}";

    public async Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Dictionary<string, string> values;
        try
        {
            values = await client.GetSecretAsync(store, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not kept as InnerException: its message and stack would reach the logs unredacted.
            throw new SecretUnavailableException(
                $"Secret '{name}' could not be read from Dapr store '{store}': {Describe(ex)}");
        }

        // Stores holding several keys per secret (Kubernetes) answer a map; single-value stores answer {name: value}.
        var value = values.TryGetValue(name, out var named) ? named : values.Count == 1 ? values.Values.Single() : null;
        if (string.IsNullOrEmpty(value))
        {
            throw new SecretNotFoundException(
                $"Dapr store '{store}' has no value for secret '{name}' ({values.Count} keys, none named '{name}').");
        }

        redactor.Remember(value);
        return value;
    }

    /// <summary>The whole chain, because DaprException says little and its gRPC inner exception says what went wrong.</summary>
    private string Describe(Exception error)
    {
        var parts = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            parts.Add($"{current.GetType().Name}: {redactor.Redact(current.Message)}");
        }

        return string.Join(" --> ", parts);
    }
}
