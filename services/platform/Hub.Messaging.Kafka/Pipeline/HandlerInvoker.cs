using System.Diagnostics;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Telemetry;
using Polly;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Runs one handler call inside the subscription's resilience pipeline and reports how it ended, also to the
/// subscription's <see cref="RecoverySignal"/> (transient failures and successes; permanent errors say nothing about
/// the external system).
/// </summary>
public sealed class HandlerInvoker(ResiliencePipeline pipeline, RetryBudget budget, IErrorClassifier classifier, MessagingTelemetry telemetry, TimeProvider time, RecoverySignal? recovery = null)
{
    public async Task<HandlingResult> InvokeAsync<TEvent>(IEventHandler<TEvent> handler, TEvent @event, EventContext context, TagList tags, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        budget.Deposit();
        var attempts = 0;
        var started = time.GetTimestamp();
        try
        {
            await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var activity = MessagingTelemetry.ActivitySource.StartActivity($"handle {typeof(TEvent).Name}", ActivityKind.Internal);
                    activity?.SetTag("hub.attempt", context.Attempt + attempts - 1);
                    try
                    {
                        await handler.HandleAsync(@event, context with { Attempt = context.Attempt + attempts - 1 }, token).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                    {
                        activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
                        activity?.SetTag(MessagingTags.ErrorType, ex.GetType().FullName);
                        telemetry.Failed.Add(1, tags);
                        throw;
                    }
                },
                cancellationToken).ConfigureAwait(false);
            recovery?.Succeeded();
            return HandlingResult.Success(attempts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var kind = classifier.Classify(ex);
            if (kind == ErrorKind.Transient)
            {
                recovery?.Failed(context.IdempotencyKey);
            }

            return new HandlingResult(Math.Max(attempts, 1), ex, kind);
        }
        finally
        {
            telemetry.ProcessDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
