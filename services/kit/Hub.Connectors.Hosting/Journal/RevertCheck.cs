using Hub.Identity;

namespace Hub.Connectors.Hosting;

/// <summary>
/// What a connector may write for a <see cref="RevertRequest"/>, given the record's current values (read just before,
/// in the same text form as the journal): a field that still holds what the platform wrote is put back; a field that
/// already holds the value to restore is left (a second run of the same revert changes nothing); any other value was
/// set by someone else since, so it is reported as a conflict and not overwritten.
/// </summary>
public static class RevertCheck
{
    public static RevertOutcome Decide(RevertRequest request, IReadOnlyDictionary<string, string?> current)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(current);
        var write = new Dictionary<string, string?>(StringComparer.Ordinal);
        var done = new List<string>();
        var conflicts = new List<RevertConflict>();
        foreach (var field in request.Fields)
        {
            var now = Blank(current.GetValueOrDefault(field.Field));
            if (now == Blank(field.RestoreTo))
            {
                done.Add(field.Field);
            }
            else if (now == Blank(field.Expected))
            {
                write[field.Field] = field.RestoreTo;
            }
            else
            {
                conflicts.Add(new RevertConflict(field.Field, now, field.Expected, field.RestoreTo));
            }
        }

        return new RevertOutcome(write, done, conflicts);
    }

    /// <summary>Systems return an empty field as "" or leave it out; both mean blank.</summary>
    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
