using System.Text;
using Confluent.Kafka;
using Hub.Messaging.Kafka.Consuming;

namespace Hub.Messaging.UnitTests.Support;

/// <summary>Builds consumed messages the way the Confluent client hands them over, without a broker.</summary>
internal static class KafkaMessages
{
    public static readonly DateTimeOffset DefaultTimestamp = new(2025, 3, 1, 11, 0, 0, TimeSpan.Zero);

    public static ConsumeResult<byte[]?, byte[]?> Result(
        string topic,
        int partition,
        long offset,
        string? key,
        byte[]? value,
        Headers? headers = null,
        DateTimeOffset? timestamp = null) => new()
    {
        TopicPartitionOffset = new TopicPartitionOffset(topic, new Partition(partition), new Offset(offset)),
        Message = new Message<byte[]?, byte[]?>
        {
            Key = key is null ? null : Encoding.UTF8.GetBytes(key),
            Value = value,
            Headers = headers,
            Timestamp = new Timestamp(timestamp ?? DefaultTimestamp),
        },
    };

    public static InboundMessage Inbound(
        string topic,
        int partition,
        long offset,
        string? key,
        byte[]? value,
        Headers? headers = null,
        DateTimeOffset? timestamp = null) => new(Result(topic, partition, offset, key, value, headers, timestamp));

    public static Headers Headers(params (string Key, string Value)[] entries)
    {
        var headers = new Headers();
        foreach (var (name, text) in entries)
        {
            headers.Add(name, Encoding.UTF8.GetBytes(text));
        }

        return headers;
    }

    /// <summary>The last value of a header as text, or null when the header is absent.</summary>
    public static string? Header(this Message<byte[]?, byte[]?> message, string name) =>
        message.Headers is { } headers && headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    public static int HeaderCount(this Message<byte[]?, byte[]?> message, string name) =>
        message.Headers?.Count(h => h.Key == name) ?? 0;
}
