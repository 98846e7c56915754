using System.ComponentModel.DataAnnotations;

namespace Hub.DevHost;

public sealed class DevHostOptions
{
    public const string SectionName = "DevHost";

    [Range(1, 32)]
    public int Brokers { get; set; } = 3;

    /// <summary>The topics file; when empty, contracts/topics.yaml is looked for above the current directory.</summary>
    public string? TopicsPath { get; set; }

    /// <summary>Where stack.json goes; when empty, .devstack/ under the repository root.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Port of the control API on 127.0.0.1; 0 takes a free one (the state file says which).</summary>
    [Range(0, 65535)]
    public int ControlPort { get; set; }

    /// <summary>A real cluster (env Kafka__BootstrapServers): no mock is started, topics are created there.</summary>
    public string? KafkaBootstrapServers { get; set; }

    /// <summary>An existing Redis (env Redis__Configuration): no redis-server is started.</summary>
    public string? RedisConfiguration { get; set; }
}
