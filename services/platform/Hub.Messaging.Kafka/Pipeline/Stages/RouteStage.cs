using System.Diagnostics;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Telemetry;

namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>
/// The main worker's last stage: success → done; a permanent error (or any error without a retry topic) → dead-letter
/// topic, done; a transient error left over after the in-process retries → retry topic, parked.
/// </summary>
internal sealed class RouteStage<TEvent>(FailureRouter router, SubscriptionOptions subscription, MessagingTelemetry telemetry, TimeProvider time) : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public async ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        var result = message.Result!;
        var inbound = message.Message;
        var activity = message.Activity;
        if (result.Succeeded)
        {
            message.Outcome = MessageOutcomes.Handled;
            activity?.SetTag(MessageOutcomes.Tag, MessageOutcomes.Handled);
            message.MarkDone();
            telemetry.Handled.Add(1, message.Run.Tags);
            telemetry.EndToEndLatency.Record((time.GetUtcNow() - inbound.Timestamp).TotalSeconds, message.Run.Tags);
            return;
        }

        activity?.SetStatus(ActivityStatusCode.Error, result.Error!.Message);
        if (result.Kind == ErrorKind.Permanent || !subscription.Retry.RetryTopicEnabled)
        {
            message.Outcome = MessageOutcomes.DeadLettered;
            activity?.SetTag(MessageOutcomes.Tag, MessageOutcomes.DeadLettered);
            await router.DeadLetterAsync(subscription, inbound, result.Error!, result.Kind ?? ErrorKind.Transient, result.Attempts, cancellationToken).ConfigureAwait(false);
            message.MarkDone();
            return;
        }

        message.Outcome = MessageOutcomes.Parked;
        activity?.SetTag(MessageOutcomes.Tag, MessageOutcomes.Parked);
        var delay = RetryDelays.ForRetryTopic(subscription.Retry, 1, result.Error);
        await router.ParkAsync(subscription, inbound, "failed", result.Error, result.Attempts, time.GetUtcNow() + delay, cancellationToken).ConfigureAwait(false);
        message.MarkParked();
    }
}
