using System.ComponentModel.DataAnnotations;
using Confluent.Kafka;

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

    /// <summary>How long shutdown waits for in-flight produce requests before giving up (and logging what is lost).</summary>
    public TimeSpan FlushTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
