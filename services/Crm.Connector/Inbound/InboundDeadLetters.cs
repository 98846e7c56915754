using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Crm.Connector.Api;
using Hub.Mapping;
using Hub.Messaging;
using Hub.Messaging.Kafka.Producing;
using Microsoft.Extensions.Options;

namespace Crm.Connector.Inbound;

/// <summary>
/// Keeps contacts the inbound mapping rejected on the connector's quarantine topic (Crm:InboundDeadLetterTopic):
/// the contact as read from the CRM as the value, the reasons in the platform's dead-letter headers, so
/// `hub dlq crm-connector` lists them next to the outbound dead letters. The webhook itself is acknowledged.
/// </summary>
public sealed class InboundDeadLetters(IKafkaProducer producer, IOptions<CrmConnectorOptions> options, TimeProvider time)
{
    public const string Group = "crm-connector.inbound";
    public const string EventType = "crm.contact";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task QuarantineAsync(CrmContact contact, MappingResult result, Guid eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(result);
        var error = new MappingRejectedException(result.Mapping, result.Rejections.ToList());
        var now = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var headers = new Headers();
        Add(headers, EventHeaders.EventId, eventId.ToString());
        Add(headers, EventHeaders.EventType, EventType);
        Add(headers, EventHeaders.OriginalTopic, "webhook:/webhooks/hubspot");
        Add(headers, EventHeaders.ConsumerGroup, Group);
        Add(headers, EventHeaders.ErrorClass, typeof(MappingRejectedException).FullName!);
        Add(headers, EventHeaders.ErrorMessage, error.Message);
        Add(headers, EventHeaders.ErrorKind, $"permanent:{MappingRejectedException.Reason}");
        Add(headers, EventHeaders.AttemptCount, "1");
        Add(headers, EventHeaders.FirstFailureAt, now);
        Add(headers, EventHeaders.LastFailureAt, now);
        var message = new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(contact.Id),
            Value = JsonSerializer.SerializeToUtf8Bytes(contact, Json),
            Headers = headers,
        };
        await producer.ProduceAsync(options.Value.InboundDeadLetterTopic, message, cancellationToken).ConfigureAwait(false);
    }

    private static void Add(Headers headers, string name, string value) => headers.Add(name, Encoding.UTF8.GetBytes(value));
}
