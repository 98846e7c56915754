using Hub.Messaging.Kafka.Configuration;
using Hub.Topics;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Gives subscription "{name}" of connector "{connector}" the group "{connector}.{name}" and the topics that group
/// declares in contracts/topics.yaml. Runs after configuration is bound, so Subscriptions:{name}:Topics and
/// Subscriptions:{name}:GroupId (and a registration's own configure delegate) still override either value.
/// </summary>
internal sealed class DeclaredSubscriptionDefaults(TopicCatalog catalog, IOptions<ConnectorOptions> connector) : IPostConfigureOptions<SubscriptionOptions>
{
    public static string GroupIdOf(string connectorName, string subscriptionName) => $"{connectorName}.{subscriptionName}";

    public void PostConfigure(string? name, SubscriptionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(name) || !catalog.TryGetGroup(GroupIdOf(connector.Value.Name, name), out var declared))
        {
            return;
        }

        if (string.IsNullOrEmpty(options.GroupId))
        {
            options.GroupId = declared.Id;
        }

        if (options.Topics.Length == 0)
        {
            options.Topics = [.. declared.Topics];
        }
    }
}
