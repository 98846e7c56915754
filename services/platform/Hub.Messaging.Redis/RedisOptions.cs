using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging.Redis;

public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. "127.0.0.1:6379,password=...,ssl=true".</summary>
    [Required]
    public string Configuration { get; set; } = string.Empty;

    /// <summary>Must outlive the topic retention, or a redelivered old event would be applied again.</summary>
    public TimeSpan DedupTtl { get; set; } = TimeSpan.FromDays(14);

    [Range(1, 100_000)]
    public int CheckpointHistoryLength { get; set; } = 2000;

    /// <summary>Prefix of every key, so several environments can share one Redis.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "hub";
}
