namespace Hub.Reconciliation;

/// <summary>Everything one system holds of one entity type, as its connector's snapshot endpoint returned it page by page.</summary>
/// <param name="System">The system's name in contracts/ownership.yaml (<c>crm</c>, <c>erp</c>).</param>
/// <param name="Fields">The canonical field paths the system holds (<see cref="ISnapshotSource.Fields"/>).</param>
public sealed record SystemSnapshot(string System, string EntityType, IReadOnlyList<string> Fields, IReadOnlyList<SnapshotRecord> Records);
