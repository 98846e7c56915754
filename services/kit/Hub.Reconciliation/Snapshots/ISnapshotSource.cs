namespace Hub.Reconciliation;

/// <summary>
/// What a connector implements to show what its system holds of one entity type, for reconciliation: a page of the
/// system's records, read through the connector's own API client (so its resilience pipeline and rate limits apply)
/// and never written, each in canonical form (canonical id from the cross-reference, canonical field values, last
/// modified time). Declared with <c>.Snapshot&lt;TSource&gt;("customers")</c> on the connector declaration.
/// </summary>
public interface ISnapshotSource
{
    /// <summary>The entity type of contracts/ownership.yaml the records are (e.g. <c>customer</c>).</summary>
    string EntityType { get; }

    /// <summary>
    /// The canonical field paths this system holds (<c>email</c>, <c>billingAddress.city</c>): only these are compared
    /// with other systems, so a field the system does not keep is never reported as drift.
    /// </summary>
    IReadOnlyList<string> Fields { get; }

    /// <summary>One page of records in a stable order; <see cref="SnapshotPage.Next"/> continues after it.</summary>
    Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken);
}
