using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Telemetry;

namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>
/// The retry worker's last stage: success → done; a permanent error, or the last of
/// <see cref="RetryOptions.RetryTopicAttempts"/> → dead-letter topic, done; otherwise the copy is held on its
/// partition until its next attempt (<see cref="MessageContext{TEvent}.HoldUntil"/>; the worker pauses the partition).
/// </summary>
internal sealed class RetryRouteStage<TEvent>(FailureRouter router, SubscriptionOptions subscription, MessagingTelemetry telemetry, TimeProvider time) : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public async ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        var result = message.Result!;
        var context = message.HandlerContext!;
        if (result.Succeeded)
        {
            message.Outcome = MessageOutcomes.Handled;
            telemetry.Handled.Add(1, message.Run.Tags);
            message.MarkDone();
            return;
        }

        var retryAttempt = context.Attempt - message.Message.PreviousAttempts;
        if (result.Kind == ErrorKind.Permanent || retryAttempt >= subscription.Retry.RetryTopicAttempts)
        {
            message.Outcome = MessageOutcomes.DeadLettered;
            await router.DeadLetterAsync(subscription, message.Message, result.Error!, result.Kind ?? ErrorKind.Transient, context.Attempt + result.Attempts - 1, cancellationToken).ConfigureAwait(false);
            message.MarkDone();
            return;
        }

        message.Outcome = MessageOutcomes.Held;
        message.HoldUntil = time.GetUtcNow() + RetryDelays.ForRetryTopic(subscription.Retry, retryAttempt + 1, result.Error);
    }
}
