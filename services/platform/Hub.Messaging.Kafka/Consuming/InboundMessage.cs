using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>A consumed Kafka message with its key and headers read as text once.</summary>
public sealed class InboundMessage
{
    public InboundMessage(ConsumeResult<byte[]?, byte[]?> result)
    {
        Result = result;
        Key = result.Message.Key is { } key ? Encoding.UTF8.GetString(key) : string.Empty;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.Message.Headers is { } raw)
        {
            foreach (var header in raw)
            {
                headers[header.Key] = header.GetValueBytes() is { } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty;
            }
        }

        Headers = headers;
    }

    public ConsumeResult<byte[]?, byte[]?> Result { get; }

    public string Key { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public PartitionRef Partition => new(Result.Topic, Result.Partition.Value);

    public long Offset => Result.Offset.Value;

    public byte[]? Value => Result.Message.Value;

    /// <summary>Broker or producer timestamp; used for latency when the event itself cannot be read.</summary>
    public DateTimeOffset Timestamp => DateTimeOffset.FromUnixTimeMilliseconds(Result.Message.Timestamp.UnixTimestampMs);

    /// <summary>
    /// The partition this event belongs to for per-key order and replay: the original one for a retry-topic copy.
    /// </summary>
    public PartitionRef OriginPartition =>
        Headers.TryGetValue(EventHeaders.OriginalTopic, out var topic) && Headers.TryGetValue(EventHeaders.OriginalPartition, out var partition)
            ? new PartitionRef(topic, int.Parse(partition, CultureInfo.InvariantCulture))
            : Partition;

    public int PreviousAttempts => Headers.TryGetValue(EventHeaders.AttemptCount, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public DateTimeOffset? HeaderTime(string name) =>
        Headers.TryGetValue(name, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>The dedup identity when the value cannot be decoded: the producer's event-id header, else the message's position.</summary>
    public string FallbackEventId => Headers.GetValueOrDefault(EventHeaders.EventId) ?? $"{Result.Topic}:{Result.Partition.Value}:{Result.Offset.Value}";
}
