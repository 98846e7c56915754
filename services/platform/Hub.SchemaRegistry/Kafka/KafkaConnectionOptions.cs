using System.ComponentModel.DataAnnotations;

namespace Hub.SchemaRegistry.Kafka;

/// <summary>Section "Kafka" (env Kafka__BootstrapServers); validated only when the Kafka store is selected.</summary>
internal sealed class KafkaConnectionOptions
{
    public const string SectionName = "Kafka";

    [Required(AllowEmptyStrings = false)]
    public string BootstrapServers { get; set; } = string.Empty;
}
