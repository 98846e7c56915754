namespace Hub.Messaging.Processing;

/// <summary>
/// Ownership read from instance heartbeats, the same way by connectors (readiness, metric) and by `hub status`.
/// A crashed member keeps its partitions in the group until its session expires; in that time nobody processes
/// them, and only the heartbeats tell: the dead instance's last report names them, no live report does.
/// </summary>
public static class PartitionOwners
{
    public static IReadOnlyList<InstanceStatus> Live(IEnumerable<InstanceStatus> instances, DateTimeOffset now) =>
        instances.Where(i => i.IsLive(now)).OrderBy(i => i.Instance, StringComparer.Ordinal).ToList();

    /// <summary>Gone but remembered: silent for more than two heartbeats and less than <see cref="InstanceStatus.GoneMemory"/>.</summary>
    public static IReadOnlyList<InstanceStatus> Gone(IEnumerable<InstanceStatus> instances, DateTimeOffset now) =>
        instances.Where(i => !i.IsLive(now) && now - i.ReportedAt <= InstanceStatus.GoneMemory)
            .OrderByDescending(i => i.ReportedAt).ThenBy(i => i.Instance, StringComparer.Ordinal).ToList();

    /// <summary>Partitions of gone instances that no live instance reports, each with the newest gone holder.</summary>
    public static IReadOnlyList<OrphanedPartition> Orphaned(IReadOnlyCollection<InstanceStatus> instances, DateTimeOffset now)
    {
        var owned = Live(instances, now).SelectMany(i => i.Partitions).ToHashSet(StringComparer.Ordinal);
        var orphaned = new Dictionary<string, OrphanedPartition>(StringComparer.Ordinal);
        foreach (var gone in Gone(instances, now))
        {
            foreach (var partition in gone.Partitions.Where(p => !owned.Contains(p)))
            {
                orphaned.TryAdd(partition, new OrphanedPartition(partition, gone.Instance, gone.ReportedAt));
            }
        }

        return orphaned.Values.OrderBy(o => o.Partition, PartitionNameComparer.Instance).ToList();
    }

    /// <summary>The owner of <paramref name="partition"/> (<c>topic:partition</c>) among live instances, or null.</summary>
    public static string? LiveOwner(IEnumerable<InstanceStatus> instances, string partition, DateTimeOffset now) =>
        Live(instances, now).FirstOrDefault(i => i.Partitions.Contains(partition, StringComparer.Ordinal))?.Instance;

    public static string Name(string topic, int partition) => $"{topic}:{partition}";

    /// <summary>topic:2 before topic:10.</summary>
    private sealed class PartitionNameComparer : IComparer<string>
    {
        public static readonly PartitionNameComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var (xt, xp) = Split(x ?? string.Empty);
            var (yt, yp) = Split(y ?? string.Empty);
            var byTopic = string.CompareOrdinal(xt, yt);
            return byTopic != 0 ? byTopic : xp.CompareTo(yp);
        }

        private static (string Topic, int Partition) Split(string name)
        {
            var colon = name.LastIndexOf(':');
            return colon > 0 && int.TryParse(name.AsSpan(colon + 1), out var p) ? (name[..colon], p) : (name, -1);
        }
    }
}
