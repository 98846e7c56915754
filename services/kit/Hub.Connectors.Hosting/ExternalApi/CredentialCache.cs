using Hub.Secrets;

namespace Hub.Connectors.Hosting;

/// <summary>
/// One external API's credential, read through <see cref="ISecretProvider"/> at most once per
/// <see cref="ExternalApiOptions.CredentialTtl"/> and once more when the system rejects it (a rotated secret).
/// One read at a time: requests that find the value stale or rejected wait for that read instead of starting their
/// own. A failed read is not cached: it surfaces to the request that caused it, and the next request asks again.
/// </summary>
public sealed class CredentialCache(ISecretProvider secrets, string secretName, TimeSpan ttl, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Entry? _current;

    public string SecretName { get; } = secretName;

    /// <summary>The cached value while it is younger than the TTL, else a fresh read.</summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached.Value;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Fresh() is { } read ? read.Value : await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The system refused <paramref name="rejected"/>: reads the secret again, unless another request already
    /// replaced that value since (then its newer value is the answer, and the store is not asked twice).
    /// </summary>
    public async ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Fresh() is { } newer && !string.Equals(newer.Value, rejected, StringComparison.Ordinal)
                ? newer.Value
                : await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private Entry? Fresh() => _current is { } entry && time.GetElapsedTime(entry.ReadAt) < ttl ? entry : null;

    private async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        var value = await secrets.GetSecretAsync(SecretName, cancellationToken).ConfigureAwait(false);
        _current = new Entry(value, time.GetTimestamp());
        return value;
    }

    private sealed record Entry(string Value, long ReadAt);
}
