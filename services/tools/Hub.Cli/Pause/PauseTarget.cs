using System.CommandLine;
using System.Text.RegularExpressions;
using Hub.Cli.Infrastructure;
using Hub.Messaging.Processing;

namespace Hub.Cli.Pause;

/// <summary>The arguments `hub pause` and `hub resume` share, and the scope they name (see <see cref="PauseScope"/>).</summary>
public static partial class PauseTarget
{
    public static readonly Argument<string> Connector = new("connector") { Description = "The connector (e.g. erp-connector), or one group (<connector>.<subscription>)" };

    public static readonly Option<string?> Subscription = new("--subscription") { Description = "Only this subscription of the connector (its consumer group <connector>.<subscription>)" };

    public static readonly Option<bool> Inbound = new("--inbound") { Description = "Only what comes in from the system: pollers and webhook intake" };

    public static readonly Option<bool> Outbound = new("--outbound") { Description = "Only what goes out to the system: every subscription" };

    public static void AddTo(Command command)
    {
        command.Arguments.Add(Connector);
        command.Options.Add(Subscription);
        command.Options.Add(Inbound);
        command.Options.Add(Outbound);
    }

    /// <summary>The connector and the scope; null scope when no scope option was given (resume: every pause).</summary>
    public static (string Connector, string? Scope) Parse(ParseResult parse)
    {
        var connector = parse.GetValue(Connector) ?? "";
        var subscription = parse.GetValue(Subscription);
        if (connector.Contains('.', StringComparison.Ordinal))
        {
            var (name, fromGroup) = PauseScope.OfGroup(connector);
            if (subscription is not null && subscription != fromGroup)
            {
                throw CliException.BadInput($"{connector} names subscription {fromGroup}, but --subscription says {subscription}.");
            }

            (connector, subscription) = (name, fromGroup);
        }

        if (!Name().IsMatch(connector) || (subscription is not null && !Name().IsMatch(subscription)))
        {
            throw CliException.BadInput($"'{parse.GetValue(Connector)}' is not a connector name (letters, digits, '-' and '_'; e.g. erp-connector).");
        }

        var inbound = parse.GetValue(Inbound);
        var outbound = parse.GetValue(Outbound);
        if ((inbound ? 1 : 0) + (outbound ? 1 : 0) + (subscription is null ? 0 : 1) > 1)
        {
            throw CliException.BadInput("Give at most one of --subscription, --inbound and --outbound.");
        }

        var scope = subscription is not null ? PauseScope.Subscription(subscription) : inbound ? PauseScope.Inbound : outbound ? PauseScope.Outbound : null;
        return (connector, scope);
    }

    public static string Describe(string? scope) => scope switch
    {
        null or PauseScope.All => "everything (subscriptions, pollers, webhook intake)",
        PauseScope.Inbound => "inbound (pollers, webhook intake)",
        PauseScope.Outbound => "outbound (every subscription)",
        _ => scope,
    };

    /// <summary>The audit record's key: the group for one subscription, else the connector.</summary>
    public static string AuditTarget(string connector, string? scope) =>
        scope is not null && scope.StartsWith("subscription:", StringComparison.Ordinal) ? $"{connector}.{scope["subscription:".Length..]}" : connector;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex Name();
}
