using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>
/// The one place that decides <c>group.protocol</c>. An explicit setting wins (<c>Kafka:Consumer:GroupProtocol</c>, then
/// <c>Kafka:GroupProtocol</c>); with <c>auto</c> every broker is asked for ConsumerGroupHeartbeat (API key 68):
/// <c>consumer</c> only when all serve it, since brokers before Kafka 4.0 refuse KIP-848 joins and the consumer then
/// fetches nothing. Anything the probe cannot do (SASL, no answer) ends in <c>classic</c>, which every broker serves.
/// </summary>
public static class GroupProtocolResolver
{
    public const short ConsumerGroupHeartbeatApiKey = 68;

    /// <summary>Bounds the metadata request and each broker's answer.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The choice configuration makes on its own, or null when <c>auto</c> leaves it to the brokers.</summary>
    public static GroupProtocolChoice? FromSettings(KafkaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Consumer.GroupProtocol is { } set)
        {
            return new GroupProtocolChoice(set, $"Kafka:Consumer:GroupProtocol is {set.ToString().ToLowerInvariant()}", Explicit: true);
        }

        return options.GroupProtocol switch
        {
            GroupProtocolMode.Consumer => new GroupProtocolChoice(GroupProtocol.Consumer, "Kafka:GroupProtocol is consumer", Explicit: true),
            GroupProtocolMode.Classic => new GroupProtocolChoice(GroupProtocol.Classic, "Kafka:GroupProtocol is classic", Explicit: true),
            _ => null,
        };
    }

    /// <summary>
    /// What this process's consumers should use, logged at Information. Never throws for an unreachable or odd
    /// cluster: that answers <c>classic</c> with the cause in <see cref="GroupProtocolChoice.Reason"/>.
    /// <c>hub status</c> can call this with the "Kafka" section bound to <see cref="KafkaOptions"/>.
    /// </summary>
    public static async Task<GroupProtocolChoice> ResolveAsync(KafkaOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        var choice = FromSettings(options) ?? await ProbeAsync(options, cancellationToken).ConfigureAwait(false);
        if (choice.ProbeFailed)
        {
            logger?.LogWarning("Kafka consumer group protocol: {GroupProtocol}, because {Reason}", choice.Name, choice.Reason);
        }
        else
        {
            logger?.LogInformation("Kafka consumer group protocol: {GroupProtocol} ({Reason})", choice.Name, choice.Reason);
        }

        return choice;
    }

    /// <summary><c>consumer</c> when every broker serves ConsumerGroupHeartbeat, else <c>classic</c> naming the first that does not.</summary>
    public static GroupProtocolChoice Decide(IReadOnlyList<BrokerApis> brokers)
    {
        ArgumentNullException.ThrowIfNull(brokers);
        if (brokers.Count == 0)
        {
            return Fallback("the cluster listed no brokers");
        }

        var lacking = brokers.FirstOrDefault(b => !b.Apis.Any(a => a.ApiKey == ConsumerGroupHeartbeatApiKey && a.MaxVersion >= 0 && a.MinVersion >= 0));
        return lacking is null
            ? new GroupProtocolChoice(GroupProtocol.Consumer, $"all {brokers.Count} broker(s) serve ConsumerGroupHeartbeat (KIP-848)", Explicit: false)
            : new GroupProtocolChoice(GroupProtocol.Classic, $"broker {lacking.Broker} does not serve ConsumerGroupHeartbeat (KIP-848 needs Kafka 4.0)", Explicit: false);
    }

    private static async Task<GroupProtocolChoice> ProbeAsync(KafkaOptions options, CancellationToken cancellationToken)
    {
        var security = new ClientConfig(new Dictionary<string, string>(options.Consumer)) { BootstrapServers = options.Consumer.BootstrapServers ?? options.BootstrapServers };
        if (security.SecurityProtocol is SecurityProtocol.SaslPlaintext or SecurityProtocol.SaslSsl)
        {
            return Fallback("the probe does not speak SASL, and classic works on every broker");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            var brokers = await ListBrokersAsync(security).ConfigureAwait(false);
            var answers = await Task.WhenAll(brokers.Select(async b =>
                new BrokerApis($"{b.BrokerId} ({b.Host}:{b.Port})", await ApiVersionsProbe.QueryAsync(b.Host, b.Port, security, timeout.Token).ConfigureAwait(false)))).ConfigureAwait(false);
            return Decide(answers);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Fallback($"the brokers could not be asked: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Metadata is a blocking call in Confluent.Kafka; it runs on its own thread, bounded by the probe timeout.</summary>
    private static Task<List<BrokerMetadata>> ListBrokersAsync(ClientConfig security) =>
        Task.Factory.StartNew(
            () =>
            {
                var admin = new AdminClientConfig(security) { ClientId = "hub-group-protocol-probe" };
                using var client = new AdminClientBuilder(admin).SetLogHandler((_, _) => { }).Build();
                return client.GetMetadata(ProbeTimeout).Brokers;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    private static GroupProtocolChoice Fallback(string why) => new(GroupProtocol.Classic, why, Explicit: false) { ProbeFailed = true };
}
