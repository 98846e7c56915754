using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;
using Microsoft.Extensions.Configuration;

namespace Hub.Cli.Infrastructure;

/// <summary>
/// The consumer group protocol for <c>hub status</c>: the connectors' own decision (<see cref="GroupProtocolResolver"/>)
/// made from the same "Kafka" settings the CLI sees, against the cluster the CLI talks to. Each connector reports
/// its own choice in /health/ready; this answers "what would a connector configured like this use, and why".
/// </summary>
public static class GroupProtocolStatus
{
    public static Task<GroupProtocolChoice> ResolveAsync(ConnectionSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new KafkaOptions();
        settings.Configuration.GetSection(KafkaOptions.SectionName).Bind(options);
        var bootstrap = settings.RequireBootstrap();
        options.BootstrapServers = bootstrap;
        options.Consumer.BootstrapServers = bootstrap;
        return GroupProtocolResolver.ResolveAsync(options, logger: null, cancellationToken);
    }
}
