using System.Diagnostics;
using System.Globalization;

namespace Hub.Messaging.Kafka.Telemetry;

internal static class MessagingTags
{
    public const string System = "messaging.system";
    public const string Destination = "messaging.destination.name";
    public const string Partition = "messaging.destination.partition.id";
    public const string ConsumerGroup = "messaging.consumer.group.name";
    public const string Offset = "messaging.kafka.offset";
    public const string MessageKey = "messaging.kafka.message.key";
    public const string MessageId = "messaging.message.id";
    public const string Operation = "messaging.operation.type";
    public const string ErrorType = "error.type";

    public static TagList For(string topic, int partition, string group) => new()
    {
        { System, "kafka" },
        { Destination, topic },
        { Partition, partition.ToString(CultureInfo.InvariantCulture) },
        { ConsumerGroup, group },
    };
}
