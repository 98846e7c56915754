using System.Diagnostics;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;

namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>
/// Dead-letters a message whose value could not be decoded and marks it done. On the main topic the failed decode
/// counts as attempt 1; a retry-topic copy keeps the attempt count it arrived with.
/// </summary>
internal sealed class DecodeFailureStage<TEvent>(FailureRouter router, SubscriptionOptions subscription, bool retryCopies) : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public async ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        if (message.Decoded.DecodeError is not { } decodeError)
        {
            await next(message, cancellationToken).ConfigureAwait(false);
            return;
        }

        message.Activity?.SetStatus(ActivityStatusCode.Error, decodeError.Message);
        var attempts = retryCopies ? message.Message.PreviousAttempts : 1;
        await router.DeadLetterAsync(subscription, message.Message, decodeError, ErrorKind.Permanent, attempts, cancellationToken).ConfigureAwait(false);
        message.Outcome = MessageOutcomes.DeadLettered;
        message.MarkDone();
    }
}
