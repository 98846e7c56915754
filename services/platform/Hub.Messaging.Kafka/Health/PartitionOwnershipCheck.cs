using Hub.Messaging.Processing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Messaging.Kafka.Health;

/// <summary>
/// Degraded while partitions of one of this process's groups have no live owner: this instance works, but part of
/// its group's stream waits (usually for a crashed member's session to expire). Degraded, not Unhealthy: taking a
/// working instance out of service would not give the partitions an owner any sooner.
/// </summary>
public sealed class PartitionOwnershipCheck(PartitionOwnership ownership, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var problems = ownership.Snapshot
            .Where(g => g.Value.Orphaned.Count > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Describe(g.Key, g.Value, now))
            .ToList();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("every partition reported by this process's groups has a live owner")
            : HealthCheckResult.Degraded(string.Join("; ", problems)));
    }

    private static string Describe(string group, PartitionOwnership.Entry entry, DateTimeOffset now)
    {
        var holders = entry.Orphaned
            .GroupBy(o => o.LastHolder)
            .Select(h => $"{string.Join(", ", h.Select(o => o.Partition))} last held by {h.Key} (seen {Age(now - h.Max(o => o.LastSeen))} ago)");
        var since = entry.Since is { } s ? $" for {Age(now - s)}" : string.Empty;
        return $"{group}: {entry.Orphaned.Count} partition(s) without a live owner{since}: {string.Join("; ", holders)}";
    }

    private static string Age(TimeSpan age) => age.TotalSeconds < 120 ? $"{Math.Max(0, age.TotalSeconds):F0}s" : $"{age.TotalMinutes:F0}m";
}
