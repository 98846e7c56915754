using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Reconciliation;
using Microsoft.Extensions.Configuration;

namespace Hub.Cli.Reconcile;

/// <summary>
/// Where each system's connector answers (its HTTP address, the one /health and /metrics are served on): from
/// <c>--connector &lt;system&gt;=&lt;url&gt;</c> (repeatable), else the variables <c>Reconcile__Connectors__&lt;system&gt;</c>.
/// The CLI otherwise talks only to Kafka and Redis, which do not know the connectors' addresses; whoever runs them
/// does (the Helm chart's services, the dev host's processes), so they are given, not discovered (docs/decisions.md).
/// </summary>
public static class ConnectorAddresses
{
    public const string Section = ConnectorAddressList.Section;

    public static readonly Option<string[]> Connectors = new("--connector")
    {
        Description = "A system's connector address, <system>=<url> (repeatable; default: the Reconcile__Connectors__<system> variables)",
    };

    /// <returns>System name (as in contracts/ownership.yaml) → connector address, in the order given.</returns>
    public static IReadOnlyDictionary<string, Uri> Resolve(ParseResult parse, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(configuration);
        var given = parse.GetValue(Connectors) ?? [];
        var pairs = given.Length > 0
            ? given.Select(Split)
            : configuration.GetSection(Section).GetChildren().Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => (c.Key, c.Value!));
        IReadOnlyDictionary<string, Uri> addresses;
        try
        {
            addresses = ConnectorAddressList.Parse(pairs);
        }
        catch (FormatException ex)
        {
            throw CliException.BadInput($"--connector: {ex.Message}");
        }

        return addresses.Count > 0
            ? addresses
            : throw CliException.BadInput("No connector addresses: pass --connector <system>=<url> for each system to compare (e.g. --connector crm=http://hub-crm.hub in the cluster), or set Reconcile__Connectors__<system>.");
    }

    private static (string System, string Url) Split(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < pair.Length - 1
            ? (pair[..equals].Trim(), pair[(equals + 1)..].Trim())
            : throw CliException.BadInput($"--connector: '{pair}' is not <system>=<url>.");
    }
}
