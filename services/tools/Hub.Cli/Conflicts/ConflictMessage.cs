using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Identity;
using Hub.Messaging;
using SerializationContext = Hub.Messaging.Serialization.SerializationContext;

namespace Hub.Cli.Conflicts;

/// <summary>
/// A conflict as a message on <c>hub.conflicts</c>, laid out as the platform's publisher lays out the pending one:
/// same key (the canonical id), JSON from <see cref="ConflictJsonSerializer"/>, the standard headers.
/// </summary>
public static class ConflictMessage
{
    private static readonly ConflictJsonSerializer Serializer = new();

    public static async Task<Message<byte[]?, byte[]?>> CreateAsync(ConflictRecord conflict, CancellationToken cancellationToken)
    {
        var value = await Serializer.SerializeAsync(conflict, new SerializationContext(TopicConflictPublisher.Topic), cancellationToken);
        // The decision happened when it was decided; the proposal's time stays in the value.
        var at = conflict.DecidedAt ?? conflict.OccurredAt;
        return new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(conflict.CanonicalId),
            Value = value,
            Headers = new Headers
            {
                { EventHeaders.EventId, Encoding.UTF8.GetBytes(EventId(conflict)) },
                { EventHeaders.EventType, Encoding.UTF8.GetBytes(nameof(ConflictRecord)) },
                { EventHeaders.OccurredAt, Encoding.UTF8.GetBytes(at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)) },
            },
        };
    }

    /// <summary>
    /// The pending record's event id is the conflict id; the decision gets its own (&lt;id&gt;:accepted), because the
    /// platform's consumers deduplicate on event-id and would otherwise drop the decision as a redelivery.
    /// </summary>
    public static string EventId(ConflictRecord conflict) =>
        conflict.Status == ConflictStatus.Pending ? conflict.ConflictId : $"{conflict.ConflictId}:{ConflictView.Decision(conflict.Status)}";
}
