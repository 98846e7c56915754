using System.Collections.Concurrent;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// This process's side of the claims: which receipt keys its requests hold right now (renewed by
/// <see cref="WebhookClaimRenewal"/>) and which releases could not be written yet. A claim that names this instance
/// but is in neither set belongs to a request that has ended, so it is taken over at once.
/// </summary>
public sealed class WebhookClaimLeases
{
    private readonly ConcurrentDictionary<string, string> _live = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pendingRelease = new(StringComparer.Ordinal);

    /// <summary>Unique per process start: a restarted process (same host name, same pid in a container) is another instance.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public IReadOnlyCollection<KeyValuePair<string, string>> Live => _live.ToArray();

    public IReadOnlyCollection<KeyValuePair<string, string>> PendingReleases => _pendingRelease.ToArray();

    public string NewValue() => $"claimed|{InstanceId}|{Guid.NewGuid():N}";

    /// <summary>The instance named in a claim's value, or null for a value this format does not know.</summary>
    public static string? OwnerOf(string value)
    {
        var parts = value.Split('|');
        return parts.Length == 3 && parts[0] == "claimed" ? parts[1] : null;
    }

    public bool IsMine(string value) => OwnerOf(value) == InstanceId;

    public bool IsLive(string key, string value) => _live.TryGetValue(key, out var held) && held == value;

    public void Hold(string key, string value) => _live[key] = value;

    public void Drop(string key, string value) => _live.TryRemove(new KeyValuePair<string, string>(key, value));

    public void ReleaseLater(string key, string value)
    {
        Drop(key, value);
        _pendingRelease[key] = value;
    }

    public void Released(string key, string value) => _pendingRelease.TryRemove(new KeyValuePair<string, string>(key, value));
}
