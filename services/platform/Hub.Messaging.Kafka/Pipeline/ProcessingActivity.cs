using System.Diagnostics;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Kafka.Telemetry;

namespace Hub.Messaging.Kafka.Pipeline;

internal static class ProcessingActivity
{
    /// <summary>A consumer span whose parent is the producer span carried in the message headers.</summary>
    public static Activity? Start(InboundMessage message, string group, string eventId)
    {
        if (!MessagingTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        var parent = TraceContextHeaders.Extract(message.Result.Message.Headers);
        var activity = MessagingTelemetry.ActivitySource.StartActivity($"process {message.Result.Topic}", ActivityKind.Consumer, parent.ActivityContext);
        if (activity is not null)
        {
            activity.SetTag(MessagingTags.System, "kafka");
            activity.SetTag(MessagingTags.Operation, "process");
            activity.SetTag(MessagingTags.Destination, message.Result.Topic);
            activity.SetTag(MessagingTags.Partition, message.Result.Partition.Value);
            activity.SetTag(MessagingTags.Offset, message.Offset);
            activity.SetTag(MessagingTags.ConsumerGroup, group);
            activity.SetTag(MessagingTags.MessageKey, message.Key);
            activity.SetTag(MessagingTags.MessageId, eventId);
        }

        return activity;
    }
}
