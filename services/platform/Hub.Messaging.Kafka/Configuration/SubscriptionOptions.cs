using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging.Kafka.Configuration;

/// <summary>One subscription = one consumer group, one BackgroundService, one handler. Section "Subscriptions:{name}".</summary>
public sealed class SubscriptionOptions
{
    public const string SectionPrefix = "Subscriptions";

    [Required]
    public string Name { get; set; } = string.Empty;

    [Required]
    [MinLength(1)]
    public string[] Topics { get; set; } = [];

    [Required]
    public string GroupId { get; set; } = string.Empty;

    /// <summary>Larger batches amortise Redis round trips; smaller ones bound redelivery after a crash.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 500;

    /// <summary>
    /// How many keys of one partition's share of a batch are handled at the same time. 1 (the default) handles a
    /// partition strictly in offset order. Above 1 the events of one key still run one after another in offset order,
    /// but different keys overlap, which multiplies the rate of a handler that waits on an external API (KafkaFlow's
    /// workers with by-key distribution, Confluent's parallel consumer in key order). The handler must then be safe to
    /// call concurrently for different keys, as it already is across partitions. Offsets and the checkpoint still
    /// advance only when the whole batch is finished.
    /// </summary>
    [Range(1, 256)]
    public int KeyConcurrency { get; set; } = 1;

    /// <summary>How long the first poll of a batch blocks when nothing is waiting.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    public string? RetryTopic { get; set; }

    public string? DeadLetterTopic { get; set; }

    public RetryOptions Retry { get; set; } = new();

    public CircuitBreakerOptions CircuitBreaker { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public string RetryTopicName => string.IsNullOrEmpty(RetryTopic) ? $"{GroupId}.retry" : RetryTopic;

    public string DeadLetterTopicName => string.IsNullOrEmpty(DeadLetterTopic) ? $"{GroupId}.dlq" : DeadLetterTopic;

    /// <summary>The retry consumer has its own group so its position never mixes with the main topics'.</summary>
    public string RetryGroupId => $"{GroupId}.retry";
}
