namespace Hub.Reconciliation;

/// <summary>
/// Where each system's connector answers its snapshot route: the configuration section
/// <c>Reconcile:Connectors:&lt;system&gt;</c> (environment <c>Reconcile__Connectors__&lt;system&gt;</c>), read by the CLI
/// and by the scheduled reconciler alike. Addresses are given, not discovered (docs/decisions.md, issue 14 §1).
/// </summary>
public static class ConnectorAddressList
{
    public const string Section = "Reconcile:Connectors";

    /// <returns>System name (as in contracts/ownership.yaml) → connector address, in the order given.</returns>
    /// <exception cref="FormatException">An address is not an absolute http(s) URL; the message names the system.</exception>
    public static IReadOnlyDictionary<string, Uri> Parse(IEnumerable<(string System, string Url)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var addresses = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var (system, url) in pairs)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                throw new FormatException($"'{url}' for {system} is not an http(s) URL.");
            }

            addresses[system] = address;
        }

        return addresses;
    }
}
