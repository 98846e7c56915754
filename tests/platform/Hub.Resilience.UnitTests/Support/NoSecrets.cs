using Hub.Secrets;

namespace Hub.Resilience.UnitTests.Support;

/// <summary>No credential is configured in these tests; the client factory still wants a secret provider.</summary>
internal sealed class NoSecrets : ISecretProvider
{
    public string Source => "none";

    public Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default) => throw new InvalidOperationException("no credential in these tests");
}
