namespace Hub.Mapping;

/// <summary>
/// The mapped record and every issue found. A record with any reject is rejected as a whole, with all reasons,
/// so an operator sees everything wrong with it at once instead of fixing one field per redelivery.
/// </summary>
public sealed class MappingResult
{
    public MappingResult(string mapping, Dictionary<string, object?> record, IReadOnlyList<MappingIssue> issues)
    {
        Mapping = mapping;
        Record = record;
        Issues = issues;
    }

    public string Mapping { get; }

    public Dictionary<string, object?> Record { get; }

    public IReadOnlyList<MappingIssue> Issues { get; }

    public bool IsRejected => Issues.Any(i => i.Severity == IssueSeverity.Reject);

    public IEnumerable<MappingIssue> Rejections => Issues.Where(i => i.Severity == IssueSeverity.Reject);

    public IEnumerable<MappingIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);

    /// <summary>The mapped record, or <see cref="MappingRejectedException"/> (a permanent error: the pipeline dead-letters it).</summary>
    public Dictionary<string, object?> RecordOrThrow() =>
        IsRejected ? throw new MappingRejectedException(Mapping, Rejections.ToList()) : Record;
}
