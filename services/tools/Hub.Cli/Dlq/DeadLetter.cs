using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Confluent.Kafka;
using Hub.Messaging;

namespace Hub.Cli.Dlq;

/// <summary>One record of a dead-letter topic with its error headers read out.</summary>
public sealed record DeadLetter
{
    public required string Topic { get; init; }

    public required int Partition { get; init; }

    public required long Offset { get; init; }

    /// <summary>topic:partition:offset, the id `hub dlq show` and `hub-replay-of` use.</summary>
    public string Ref => string.Create(CultureInfo.InvariantCulture, $"{Topic}:{Partition}:{Offset}");

    public string? Key { get; init; }

    public string? EventId { get; init; }

    public string? EventType { get; init; }

    public string? Group { get; init; }

    public string? OriginalTopic { get; init; }

    public int? OriginalPartition { get; init; }

    public long? OriginalOffset { get; init; }

    public string? ErrorClass { get; init; }

    public string? ErrorMessage { get; init; }

    public string? ErrorKind { get; init; }

    public string? ErrorStackHash { get; init; }

    public int? AttemptCount { get; init; }

    public DateTimeOffset? FirstFailureAt { get; init; }

    public DateTimeOffset? LastFailureAt { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    /// <summary>When it failed for the last time; the record's timestamp when the header is missing.</summary>
    public DateTimeOffset FailedAt => LastFailureAt ?? Timestamp;

    public ResolvedEntry? Resolved { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    [JsonIgnore]
    public Message<byte[]?, byte[]?> Message { get; init; } = new();

    public static DeadLetter From(ConsumeResult<byte[]?, byte[]?> result)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in result.Message.Headers ?? [])
        {
            headers[header.Key] = Encoding.UTF8.GetString(header.GetValueBytes() ?? []);
        }

        string? H(string name) => headers.GetValueOrDefault(name);
        return new DeadLetter
        {
            Topic = result.Topic,
            Partition = result.Partition.Value,
            Offset = result.Offset.Value,
            Key = result.Message.Key is { } key ? Encoding.UTF8.GetString(key) : null,
            EventId = H(EventHeaders.EventId),
            EventType = H(EventHeaders.EventType),
            Group = H(EventHeaders.ConsumerGroup) ?? (result.Topic.EndsWith(".dlq", StringComparison.Ordinal) ? result.Topic[..^4] : null),
            OriginalTopic = H(EventHeaders.OriginalTopic),
            OriginalPartition = int.TryParse(H(EventHeaders.OriginalPartition), CultureInfo.InvariantCulture, out var p) ? p : null,
            OriginalOffset = long.TryParse(H(EventHeaders.OriginalOffset), CultureInfo.InvariantCulture, out var o) ? o : null,
            ErrorClass = H(EventHeaders.ErrorClass),
            ErrorMessage = H(EventHeaders.ErrorMessage),
            ErrorKind = H(EventHeaders.ErrorKind),
            ErrorStackHash = H(EventHeaders.ErrorStackHash),
            AttemptCount = int.TryParse(H(EventHeaders.AttemptCount), CultureInfo.InvariantCulture, out var a) ? a : null,
            FirstFailureAt = Millis(H(EventHeaders.FirstFailureAt)),
            LastFailureAt = Millis(H(EventHeaders.LastFailureAt)),
            Timestamp = result.Message.Timestamp.UtcDateTime,
            Headers = headers,
            Message = result.Message,
        };
    }

    private static DateTimeOffset? Millis(string? value) =>
        long.TryParse(value, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
