using Hub.Messaging.Kafka.Configuration;
using Hub.Topics;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Stops the connector at start-up, naming the group to declare, when a subscription has neither a declared group
/// (<see cref="DeclaredSubscriptionDefaults"/>) nor an override for its topics and group id.
/// </summary>
internal sealed class DeclaredSubscriptionValidator(TopicCatalog catalog, IOptions<ConnectorOptions> connector) : IValidateOptions<SubscriptionOptions>
{
    public ValidateOptionsResult Validate(string? name, SubscriptionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var missing = (options.Topics.Length == 0, string.IsNullOrEmpty(options.GroupId)) switch
        {
            (true, true) => "topics and group id",
            (true, false) => "topics",
            (false, true) => "group id",
            _ => null,
        };
        if (missing is null)
        {
            return ValidateOptionsResult.Skip;
        }

        var section = $"{SubscriptionOptions.SectionPrefix}:{name}";
        return ValidateOptionsResult.Fail(
            $"Subscription '{name}' of {connector.Value.Name} has no {missing}: {catalog.Source} declares no group "
            + $"'{DeclaredSubscriptionDefaults.GroupIdOf(connector.Value.Name, name ?? "")}' under groups:. Declare the "
            + $"group with the topics it reads there, or set {section}:Topics and {section}:GroupId.");
    }
}
