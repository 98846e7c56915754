namespace Hub.Identity;

/// <summary>
/// One target field an outbound write changed, in the text form the connector compares (see
/// <c>TargetRecord.Values</c>): <see cref="Previous"/> is null when the record was new or could not be read.
/// </summary>
public sealed record JournaledField(string Field, string? Previous, string? New)
{
    /// <summary>Whether the system told the connector what the field held before the write.</summary>
    public bool PreviousKnown { get; init; }
}
