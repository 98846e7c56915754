using System.Text;
using Hub.Messaging;
using Microsoft.Extensions.Options;

namespace Shop.Connector.Inbound;

/// <summary>Records acknowledged but unmappable webhooks on Shop:InboundDeadLetterTopic (raw body and reasons).</summary>
public sealed partial class InboundDeadLetter(IEventPublisher publisher, IOptions<ShopOptions> options, TimeProvider time, ILogger<InboundDeadLetter> logger)
{
    public async Task PublishAsync(ShopifyDelivery delivery, byte[] body, IReadOnlyList<string> reasons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var rejection = new InboundRejection
        {
            WebhookId = delivery.WebhookId,
            Topic = delivery.Topic,
            ShopDomain = delivery.ShopDomain,
            Reasons = reasons,
            RawBody = Encoding.UTF8.GetString(body),
            ReceivedAt = time.GetUtcNow(),
        };
        await publisher.PublishAsync(options.Value.InboundDeadLetterTopic, rejection, cancellationToken).ConfigureAwait(false);
        LogRejected(logger, delivery.Topic, delivery.WebhookId, options.Value.InboundDeadLetterTopic, string.Join("; ", reasons));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shopify webhook {Topic} {WebhookId} could not be mapped; recorded on {DeadLetterTopic}: {Reasons}")]
    private static partial void LogRejected(ILogger logger, string topic, string webhookId, string deadLetterTopic, string reasons);
}
