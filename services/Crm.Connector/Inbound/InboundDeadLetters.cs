using System.Text.Json;
using Crm.Connector.Api;
using Hub.Mapping;
using Hub.Messaging;
using Microsoft.Extensions.Options;

namespace Crm.Connector.Inbound;

/// <summary>
/// Keeps contacts the inbound mapping rejected on the connector's quarantine topic (Crm:InboundDeadLetterTopic):
/// the contact as read from the CRM as the value, the reasons in the platform's dead-letter headers, so
/// `hub dlq crm-connector` lists them next to the outbound dead letters. The webhook itself is acknowledged.
/// </summary>
public sealed class InboundDeadLetters(IInboundDeadLetterPublisher publisher, IOptions<CrmConnectorOptions> options)
{
    public const string Group = "crm-connector.inbound";
    public const string EventType = "crm.contact";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task QuarantineAsync(CrmContact contact, MappingResult result, Guid eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(result);
        return publisher.PublishAsync(
            new InboundDeadLetter
            {
                Topic = options.Value.InboundDeadLetterTopic,
                Key = contact.Id,
                Value = JsonSerializer.SerializeToUtf8Bytes(contact, Json),
                EventId = eventId.ToString(),
                EventType = EventType,
                Source = "webhook:/webhooks/hubspot",
                ConsumerGroup = Group,
                Error = new MappingRejectedException(result.Mapping, result.Rejections.ToList()),
            },
            cancellationToken);
    }
}
