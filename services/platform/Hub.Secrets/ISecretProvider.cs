namespace Hub.Secrets;

/// <summary>
/// Reads one credential of an external system by name. Implementations never log a value and never put one in an
/// exception message; callers must not either (see docs/deployment.md).
/// </summary>
public interface ISecretProvider
{
    /// <summary>Where the values come from, for logs and health output: "dapr:&lt;store&gt;" or "configuration".</summary>
    string Source { get; }

    /// <exception cref="SecretNotFoundException">The source has no secret of that name.</exception>
    /// <exception cref="SecretUnavailableException">The source could not be asked (sidecar down, store error).</exception>
    Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default);
}
