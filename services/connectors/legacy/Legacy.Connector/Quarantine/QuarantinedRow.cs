namespace Legacy.Connector.Quarantine;

/// <summary>
/// A rejected row on "legacy-connector.quarantine" (JSON): which file and row, the original values, and why. Keyed by
/// the file name, so one file's rows stay in order. Operators list these; the fix is to correct and re-drop the rows.
/// </summary>
public sealed record QuarantinedRow
{
    public required string EventId { get; init; }

    public required string FileName { get; init; }

    public required string FileHash { get; init; }

    public required string Entity { get; init; }

    public required int Row { get; init; }

    public required string Reason { get; init; }

    public required IReadOnlyDictionary<string, string> Values { get; init; }

    /// <summary>Where the rejected rows of the file were written.</summary>
    public required string QuarantineFile { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The message key: the file name.</summary>
    public string EntityId => FileName;
}
