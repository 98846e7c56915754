using System.Collections.Concurrent;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>Current circuit-breaker state per subscription, for health checks and the operator's status view.</summary>
public sealed class CircuitStates
{
    private readonly ConcurrentDictionary<string, string> _states = new();

    public IReadOnlyDictionary<string, string> Snapshot => _states;

    public void Set(string subscription, string state) => _states[subscription] = state;
}
