namespace Hub.DevStack;

/// <summary>The loopback address of every platform service, chosen before any of them starts.</summary>
public sealed class PlatformAddresses(IReadOnlyDictionary<string, Uri> addresses)
{
    public Uri this[string service] => addresses.TryGetValue(service, out var address)
        ? address
        : throw new KeyNotFoundException($"No platform service named '{service}' (known: {string.Join(", ", addresses.Keys)}).");

    /// <summary>An address with a path, as configuration text, e.g. the connector's webhook URL.</summary>
    public string Url(string service, string path = "") => new Uri(this[service], path).ToString();
}
