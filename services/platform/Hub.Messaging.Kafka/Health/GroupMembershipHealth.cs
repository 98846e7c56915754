using System.Collections.Concurrent;

namespace Hub.Messaging.Kafka.Health;

/// <summary>Consumers that are outside their group past the join deadline, by group id, with the reason.</summary>
public sealed class GroupMembershipHealth
{
    private readonly ConcurrentDictionary<string, string> _failures = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Failures => _failures;

    public void Failed(string groupId, string reason) => _failures[groupId] = reason;

    /// <summary>Joined (again), or the consumer was closed: either way nothing to report.</summary>
    public void Cleared(string groupId) => _failures.TryRemove(groupId, out _);
}
