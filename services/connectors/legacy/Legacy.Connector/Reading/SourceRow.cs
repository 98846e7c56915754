namespace Legacy.Connector.Reading;

/// <summary>One data row of an export: its number in the file, its values by column, and a problem found while reading it.</summary>
/// <param name="Number">1-based number of the data row (the header does not count), part of the row's event id.</param>
/// <param name="Values">The original values in column order, written back unchanged to the quarantine file.</param>
/// <param name="Problem">Set when the row could not be split into the file's columns (then it is quarantined).</param>
public sealed record SourceRow(int Number, IReadOnlyList<string> Values, IReadOnlyList<string> Columns, string? Problem = null)
{
    /// <summary>The row as a mapping source record: column names as keys, matched ignoring case.</summary>
    public IReadOnlyDictionary<string, object?> ToRecord()
    {
        var record = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Columns.Count && i < Values.Count; i++)
        {
            record[Columns[i]] = Values[i];
        }

        return record;
    }
}
