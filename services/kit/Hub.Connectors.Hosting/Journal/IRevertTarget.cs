using Hub.Identity;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The connector's part of applying `hub revert` requests: reading and writing one record of its system. The kit's
/// <see cref="RevertRequestHandler"/> does the rest (which requests are the connector's, <see cref="RevertCheck"/>,
/// conflicts to the resolution queue, the journal, telemetry). Declared with <c>.Reverts&lt;TTarget&gt;()</c>. The system
/// is the connector's own (Connector:SourceSystem), the name its <see cref="WriteJournal"/> entries carry.
/// </summary>
public interface IRevertTarget
{
    /// <summary>What the system calls the record, for logs and metrics ("contact", "partner").</summary>
    string RecordKind { get; }

    /// <summary>
    /// The request's fields of record <see cref="RevertRequest.RecordId"/> as they are now, in the text form the
    /// journal wrote them (the mapping's form, which <see cref="WriteJournal.Entry"/> records): a field read in another
    /// form looks like a person's change. A field's <see cref="RevertField.Expected"/> value may be used to show a
    /// reference (an id) the way the platform wrote it. Extra fields (e.g. a key the write needs) may be returned.
    /// </summary>
    /// <returns>Field → value (null or missing: blank), or null when the record no longer exists.</returns>
    Task<IReadOnlyDictionary<string, string?>?> ReadAsync(RevertRequest request, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="values"/> (field → value in the journal's text form, null: clear) to the record.</summary>
    /// <param name="current">What <see cref="ReadAsync"/> returned just before, for values the write needs besides the changed ones.</param>
    /// <param name="idempotencyKey">The same for every delivery of the request: pass it to systems that take one.</param>
    Task WriteAsync(
        RevertRequest request, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string?> current, string idempotencyKey, CancellationToken cancellationToken);
}
