using System.Collections.Concurrent;

namespace Hub.Messaging.Kafka.Health;

/// <summary>What every subscription in the process last reported about itself, read by the health checks.</summary>
public sealed class SubscriptionHealth(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, State> _states = new();

    public IReadOnlyDictionary<string, State> Snapshot => _states;

    public void Starting(string subscription) => _states[subscription] = new State(time.GetUtcNow(), StoreAvailable: true, Fault: null, Started: false);

    public void Polled(string subscription) => Update(subscription, s => s with { LastPoll = time.GetUtcNow(), Started = true });

    public void StoreAvailability(string subscription, bool available) => Update(subscription, s => s with { StoreAvailable = available, LastPoll = time.GetUtcNow() });

    /// <summary>What the subscription has waiting and why (e.g. parked events), or null when nothing waits.</summary>
    public void Waiting(string subscription, string? description) => Update(subscription, s => s with { Waiting = description });

    public void Faulted(string subscription, Exception error) => Update(subscription, s => s with { Fault = error.Message });

    /// <summary>A clean stop forgets the subscription; a faulted one stays reported so liveness keeps failing.</summary>
    public void Stopped(string subscription)
    {
        if (_states.TryGetValue(subscription, out var state) && state.Fault is null)
        {
            _states.TryRemove(subscription, out _);
        }
    }

    private void Update(string subscription, Func<State, State> change) =>
        _states.AddOrUpdate(subscription, _ => change(new State(time.GetUtcNow(), true, null, false)), (_, s) => change(s));

    public sealed record State(DateTimeOffset LastPoll, bool StoreAvailable, string? Fault, bool Started, string? Waiting = null);
}
