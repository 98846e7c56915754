namespace Legacy.Sandbox.Imports;

/// <summary>What the legacy import applied. Like the real import, a row whose EVENT_ID was already applied is skipped.</summary>
public sealed class ImportLog
{
    private readonly Lock _gate = new();
    private readonly List<string> _files = [];
    private readonly List<ImportedRow> _rows = [];
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private int _skipped;

    public void File(string name)
    {
        lock (_gate)
        {
            _files.Add(name);
        }
    }

    public void Row(ImportedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
        {
            if (_eventIds.Add(row.EventId))
            {
                _rows.Add(row);
            }
            else
            {
                _skipped++;
            }
        }
    }

    public ImportSummary Snapshot()
    {
        lock (_gate)
        {
            return new ImportSummary([.. _files], [.. _rows], _skipped);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _files.Clear();
            _rows.Clear();
            _eventIds.Clear();
            _skipped = 0;
        }
    }
}
