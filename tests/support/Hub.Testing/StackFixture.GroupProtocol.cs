using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;

namespace Hub.Testing;

// The consumer group protocol of a test run: HUB_TEST_GROUP_PROTOCOL (auto, consumer, classic; default auto), so
// the build can run the Kafka suites once as a 4.x cluster would be used and once as a 2.x/3.x cluster would.
public sealed partial class StackFixture
{
    public const string GroupProtocolVariable = "HUB_TEST_GROUP_PROTOCOL";

    /// <summary>The <c>Kafka:GroupProtocol</c> every host of this run gets.</summary>
    public GroupProtocolMode GroupProtocolSetting { get; private set; } = GroupProtocolMode.Auto;

    /// <summary>What that setting resolves to on this cluster, for the test's own consumers.</summary>
    public GroupProtocolChoice GroupProtocol { get; private set; } = new(Confluent.Kafka.GroupProtocol.Classic, "not resolved yet", Explicit: false);

    /// <summary>
    /// Settings for hosts and service processes (configuration keys with ':'): the protocol, and for classic on the
    /// mock cluster a short session timeout, since its classic rebalances wait that long.
    /// </summary>
    public IReadOnlyDictionary<string, string> KafkaSettings
    {
        get
        {
            var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Kafka:GroupProtocol"] = GroupProtocolSetting.ToString().ToLowerInvariant() };
            if (IsEmbedded && GroupProtocol.Protocol == Confluent.Kafka.GroupProtocol.Classic)
            {
                settings["Kafka:Consumer:SessionTimeoutMs"] = ClassicSessionTimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return settings;
        }
    }

    private const int ClassicSessionTimeoutMs = 6000;

    public static GroupProtocolMode ParseGroupProtocol(string? value) =>
        string.IsNullOrWhiteSpace(value) ? GroupProtocolMode.Auto
        : Enum.TryParse<GroupProtocolMode>(value.Trim(), ignoreCase: true, out var mode) ? mode
        : throw new InvalidOperationException($"{GroupProtocolVariable}='{value}' is none of auto, consumer, classic.");

    /// <summary>A consumer of the run's protocol (cooperative-sticky for classic, as the connectors use it).</summary>
    public ConsumerConfig ConsumerConfig(string groupId)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = BootstrapServers,
            GroupId = groupId,
            GroupProtocol = GroupProtocol.Protocol,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        };
        if (GroupProtocol.Protocol == Confluent.Kafka.GroupProtocol.Classic)
        {
            config.PartitionAssignmentStrategy = PartitionAssignmentStrategy.CooperativeSticky;
            config.SessionTimeoutMs = IsEmbedded ? ClassicSessionTimeoutMs : null;
        }

        return config;
    }

    private async Task ResolveGroupProtocolAsync()
    {
        GroupProtocolSetting = ParseGroupProtocol(Environment.GetEnvironmentVariable(GroupProtocolVariable));
        GroupProtocol = await GroupProtocolResolver.ResolveAsync(new KafkaOptions { BootstrapServers = BootstrapServers, GroupProtocol = GroupProtocolSetting });
    }
}
