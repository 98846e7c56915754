using Hub.Contracts;
using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Echo suppression, the kit's stage on every outbound subscription: an event this connector published itself (its
/// envelope's source system is this connector's) is not written back to the system it came from. It is finished
/// without the handler, marked done, tagged <see cref="Outcome"/> on its span and counted as an outbound "skipped"
/// under the event's type, so handlers keep only the call to their system.
/// </summary>
public sealed class SkipOwnEchoes<TEvent>(EnvelopeFactory envelopes, ConnectorTelemetry telemetry) : IMessageStage<TEvent>
    where TEvent : class, ICanonicalEvent
{
    public const string Outcome = "own-echo";

    public ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(next);
        if (message.Event is { } @event && string.Equals(@event.Envelope.SourceSystem, envelopes.SourceSystem, StringComparison.Ordinal))
        {
            telemetry.Outbound(typeof(TEvent).Name, "skipped");
            message.Skip(Outcome);
            return ValueTask.CompletedTask;
        }

        return next(message, cancellationToken);
    }
}
