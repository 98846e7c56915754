namespace Hub.Cli.Revert;

/// <summary>The writes a revert asks for, record by record, and the fields it cannot put back.</summary>
public sealed record RevertPlan(RevertWindow Window, int EntriesRead, IReadOnlyList<PlannedRecord> Records, IReadOnlyList<SkippedField> Skipped)
{
    public int FieldCount => Records.Sum(r => r.Fields.Count);
}
