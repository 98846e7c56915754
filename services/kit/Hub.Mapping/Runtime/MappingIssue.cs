namespace Hub.Mapping;

/// <summary>One finding while mapping a record: which target field, which rule, how bad, and why.</summary>
public sealed record MappingIssue(string Field, string Rule, IssueSeverity Severity, string Message)
{
    public override string ToString() => $"{Field} [{Rule}] {Severity.ToString().ToLowerInvariant()}: {Message}";
}
