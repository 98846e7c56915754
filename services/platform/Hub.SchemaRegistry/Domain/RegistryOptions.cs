using System.ComponentModel.DataAnnotations;

namespace Hub.SchemaRegistry.Domain;

/// <summary>Registry settings, section "SchemaRegistry".</summary>
internal sealed class RegistryOptions
{
    public const string SectionName = "SchemaRegistry";

    /// <summary>"Kafka" (durable, the default) or "InMemory" (tests and throw-away runs).</summary>
    [Required]
    [RegularExpression("^(Kafka|InMemory)$", ErrorMessage = "SchemaRegistry:Store must be Kafka or InMemory.")]
    public string Store { get; set; } = "Kafka";

    /// <summary>Topic holding the registry log: one partition, compacted on real clusters.</summary>
    [Required]
    public string Topic { get; set; } = "_schemas";

    /// <summary>Longest wait for each attempt to read the topic to its end at start-up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan InitTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for a write to be acknowledged and read back.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool UsesKafka => string.Equals(Store, "Kafka", StringComparison.Ordinal);
}
