namespace Hub.Mapping;

/// <summary>What a rule needs while it runs on one field: the whole source record (context rules read other
/// fields) and where to report issues.</summary>
internal sealed class FieldContext(string field, IReadOnlyDictionary<string, object?> source, List<MappingIssue> issues)
{
    public string Field { get; } = field;

    public IReadOnlyDictionary<string, object?> Source { get; } = source;

    public void Warn(string rule, string message) => issues.Add(new MappingIssue(Field, rule, IssueSeverity.Warning, message));

    /// <summary>Records the reject and returns false, so rules can <c>return ctx.Reject(...)</c>.</summary>
    public bool Reject(string rule, string message)
    {
        issues.Add(new MappingIssue(Field, rule, IssueSeverity.Reject, message));
        return false;
    }

    public void Report(IssueSeverity severity, string rule, string message, string? value = null) =>
        issues.Add(new MappingIssue(Field, rule, severity, message) { Value = value });
}
