using Hub.Identity;

namespace Hub.Connectors.Hosting;

/// <summary>What <see cref="OutboundOwnership"/> lets a connector write for one event.</summary>
/// <param name="Targets">
/// Target fields to write: on a new record every desired field but the withheld ones; on an existing record the
/// changed fields the proposing system may change, and changed fields no ownership governs (e.g. the canonical id).
/// </param>
/// <param name="Withheld">Target fields ownership keeps out (rejected, stale or queued); a connector that writes whole rows leaves them blank.</param>
/// <param name="Conflicts">The conflicts submitted to the resolution queue for this event.</param>
public sealed record OutboundWrite(IReadOnlySet<string> Targets, IReadOnlySet<string> Withheld, IReadOnlyList<ConflictRecord> Conflicts)
{
    public bool IsEmpty => Targets.Count == 0;

    /// <summary>The desired values of the fields to write.</summary>
    public Dictionary<string, string?> Select(IReadOnlyDictionary<string, string?> desired)
    {
        ArgumentNullException.ThrowIfNull(desired);
        return desired.Where(p => Targets.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}
