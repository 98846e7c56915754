using System.ComponentModel.DataAnnotations;
using Confluent.Kafka;
using Hub.Messaging.Kafka.GroupProtocols;

namespace Hub.Messaging.Kafka.Configuration;

/// <summary>
/// The "Kafka" section. <see cref="Producer"/> and <see cref="Consumer"/> are Confluent's own config classes, so every
/// librdkafka setting (TLS, SASL, timeouts) can be given in configuration without this class repeating it.
/// </summary>
public sealed class KafkaOptions
{
    public const string SectionName = "Kafka";

    [Required]
    public string BootstrapServers { get; set; } = string.Empty;

    /// <summary>Names the process in client ids, metrics and traces, e.g. "erp-connector".</summary>
    [Required]
    public string ServiceName { get; set; } = "hub-service";

    public ProducerConfig Producer { get; set; } = new();

    public ConsumerConfig Consumer { get; set; } = new();

    /// <summary>
    /// <c>auto</c> (default): each process asks the brokers and uses KIP-848 <c>consumer</c> groups only when all of them
    /// serve it, else <c>classic</c> (cooperative-sticky). <c>consumer</c> or <c>classic</c> force one; so does
    /// <c>Kafka:Consumer:GroupProtocol</c>, which wins over this setting.
    /// </summary>
    public GroupProtocolMode GroupProtocol { get; set; } = GroupProtocolMode.Auto;

    /// <summary>
    /// How long a consumer may stay outside its group (coordinator unknown, join refused) before readiness fails.
    /// Default: the classic session timeout (<c>Kafka:Consumer:SessionTimeoutMs</c>, else Kafka's 45 s).
    /// </summary>
    public TimeSpan? GroupJoinTimeout { get; set; }

    /// <summary>How long shutdown waits for in-flight produce requests before giving up (and logging what is lost).</summary>
    public TimeSpan FlushTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
