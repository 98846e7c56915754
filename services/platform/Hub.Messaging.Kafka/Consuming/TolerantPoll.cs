using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// <c>Consume</c> that survives the fetch errors librdkafka surfaces through it (request timed out, not leader,
/// leader not available, ...): they are not fatal and the client retries the fetch by itself, so they read as
/// "nothing fetched yet" instead of ending the worker. Found by the reliability suite (docs/reliability.md), where
/// one injected Fetch "request timed out" stopped a subscription's host.
/// </summary>
internal static class TolerantPoll
{
    public static ConsumeResult<byte[]?, byte[]?>? Consume(IConsumer<byte[]?, byte[]?> consumer, TimeSpan timeout, ILogger logger)
    {
        try
        {
            return consumer.Consume(timeout);
        }
        catch (ConsumeException ex) when (!ex.Error.IsFatal)
        {
            logger.LogWarning("Consume reported {Code}: {Reason}; the client retries the fetch", ex.Error.Code, ex.Error.Reason);
            return null;
        }
    }
}
