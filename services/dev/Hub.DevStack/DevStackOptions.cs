using System.ComponentModel.DataAnnotations;
using Hub.Topics;

namespace Hub.DevStack;

/// <summary>What <see cref="DevStack.StartAsync"/> starts.</summary>
public sealed class DevStackOptions
{
    [Range(1, 32)]
    public int Brokers { get; set; } = MockKafkaCluster.DefaultBrokerCount;

    public TopicCatalog Topics { get; set; } = TopicCatalog.Empty;

    /// <summary>A real cluster to use instead of the mock; its topics are created through AdminClient.</summary>
    public string? ExternalBootstrapServers { get; set; }

    /// <summary>An existing Redis to use instead of starting redis-server.</summary>
    public string? ExternalRedis { get; set; }

    public string? RedisExecutable { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
