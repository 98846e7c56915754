using Hub.Identity;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The resolution-queue record of a field a revert did not put back (<see cref="ConflictFactory.FromRevert"/>), with
/// an id derived from what the revert undoes rather than from the run: `hub revert` gives every run a new revert id,
/// and a second run of the same revert must find the conflict the first one raised instead of adding another.
/// </summary>
public static class RevertConflicts
{
    public static ConflictRecord Record(RevertRequest request, RevertConflict conflict, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(conflict);
        return ConflictFactory.FromRevert(request, conflict.Field, conflict.Current, conflict.PlatformWrote, conflict.WouldRestore, IdFor(request, conflict.Field), time);
    }

    /// <summary>The same record, field, journal entries and values give the same id, whichever run asks.</summary>
    public static string IdFor(RevertRequest request, string field)
    {
        ArgumentNullException.ThrowIfNull(request);
        var planned = request.Fields.FirstOrDefault(f => f.Field == field);
        var entries = string.Join(',', request.EntryIds.Order(StringComparer.Ordinal));
        var name = $"{request.System}|revert-conflict|{request.EntityType}|{request.RecordId}|{field}|{entries}|{planned?.Expected}|{planned?.RestoreTo}";
        return DeterministicEventId.Create(DeterministicEventId.Namespace, name).ToString("D");
    }
}
