using Hub.Messaging.Errors;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.TestApp;

/// <summary>
/// Plays an external system with idempotency keys: the first call with a key applies the effect (appended to the
/// "applied" list, in order), later calls with the same key are counted as rejected duplicates. Every call is counted.
/// </summary>
public sealed class RecordingHandler(EffectLog log, IOptions<TestAppOptions> options) : IEventHandler<TestEvent>
{
    public async Task HandleAsync(TestEvent @event, EventContext context, CancellationToken cancellationToken)
    {
        var calls = await log.CountCallAsync(@event.EventId).ConfigureAwait(false);
        if (options.Value.HandlerDelayMs > 0)
        {
            await Task.Delay(options.Value.HandlerDelayMs, cancellationToken).ConfigureAwait(false);
        }

        if (@event.Poison)
        {
            throw new PermanentEventException("poison", $"Event {@event.EventId} is poison by design.");
        }

        if (calls <= @event.FailTimes)
        {
            throw new TransientEventException($"Simulated outage, call {calls} of {@event.FailTimes} failing.");
        }

        await log.ApplyAsync(context.IdempotencyKey, $"{@event.EntityId}:{@event.Sequence}:{@event.EventId}").ConfigureAwait(false);
    }
}
