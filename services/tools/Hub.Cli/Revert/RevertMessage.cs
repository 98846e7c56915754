using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Hub.Identity;
using Hub.Messaging;

namespace Hub.Cli.Revert;

/// <summary>A <see cref="RevertRequest"/> as a message on hub.reverts: keyed by canonical id, JSON, the standard headers.</summary>
public static class RevertMessage
{
    public const string Topic = RevertRequestJsonSerializer.Topic;

    public static Message<byte[]?, byte[]?> Create(RevertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        IIntegrationEvent @event = request;
        return new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(request.CanonicalId),
            Value = JsonSerializer.SerializeToUtf8Bytes(request, WriteJournalJsonSerializer.Options),
            Headers = new Headers
            {
                { EventHeaders.EventId, Encoding.UTF8.GetBytes(@event.EventId) },
                { EventHeaders.EventType, Encoding.UTF8.GetBytes(nameof(RevertRequest)) },
                { EventHeaders.OccurredAt, Encoding.UTF8.GetBytes(request.RequestedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)) },
            },
        };
    }
}
