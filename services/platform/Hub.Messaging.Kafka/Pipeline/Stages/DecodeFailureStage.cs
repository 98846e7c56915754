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
    // Passing through returns next's task directly: only messages that are dead-lettered pay for an async frame here.
    public ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken) =>
        message.Decoded.DecodeError is { } decodeError ? DeadLetterAsync(message, decodeError, cancellationToken) : next(message, cancellationToken);

    private async ValueTask DeadLetterAsync(MessageContext<TEvent> message, Exception decodeError, CancellationToken cancellationToken)
    {
        message.Activity?.SetStatus(ActivityStatusCode.Error, decodeError.Message);
        var attempts = retryCopies ? message.Message.PreviousAttempts : 1;
        await router.DeadLetterAsync(subscription, message.Message, decodeError, ErrorKind.Permanent, attempts, cancellationToken).ConfigureAwait(false);
        message.Outcome = MessageOutcomes.DeadLettered;
        message.MarkDone();
    }
}
