namespace Hub.Schemas.Gate;

/// <summary>One problem the gate found.</summary>
/// <param name="Kind">Which check failed.</param>
/// <param name="Path">The file concerned, as the caller named the contracts folder (e.g. <c>contracts/avro/customer/X.v2.avsc</c>).</param>
/// <param name="Summary">One sentence naming the file, the version and what is wrong.</param>
/// <param name="Details">The checker's messages (rule, path inside the schema, which pair of schemas), one per line.</param>
/// <param name="First">The first incompatibility, for the plain-words explanation; null for non-compatibility findings.</param>
public sealed record GateFinding(
    GateFindingKind Kind,
    string Path,
    string Summary,
    IReadOnlyList<string> Details,
    Incompatibility? First = null);
