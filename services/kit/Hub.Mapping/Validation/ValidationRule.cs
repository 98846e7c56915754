namespace Hub.Mapping;

/// <summary>A check on the final target value. Failing it rejects the record unless the rule says <c>severity: warning</c>.</summary>
public abstract class ValidationRule(IssueSeverity severity, string? message)
{
    public abstract string Name { get; }

    public IssueSeverity Severity { get; } = severity;

    /// <summary>The file's own wording for a failure, if it gave one.</summary>
    public string? Message { get; } = message;

    public abstract string Describe();

    internal void Check(object value, FieldContext ctx)
    {
        if (!IsValid(value, out var why))
        {
            ctx.Report(Severity, $"validate:{Name}", Message ?? why);
        }
    }

    protected abstract bool IsValid(object value, out string why);
}
