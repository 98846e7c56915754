namespace Hub.Mapping;

/// <summary>One finding while mapping a record: which target field, which rule, how bad, and why.</summary>
public sealed record MappingIssue(string Field, string Rule, IssueSeverity Severity, string Message)
{
    /// <summary>
    /// The source value the rule judged, where the rule names one (a value map's unmapped value), so a data-quality
    /// profile can count values per field without parsing <see cref="Message"/>.
    /// </summary>
    public string? Value { get; init; }

    public override string ToString() => $"{Field} [{Rule}] {Severity.ToString().ToLowerInvariant()}: {Message}";
}
