namespace Hub.Mapping;

public sealed class OneOfValidation(IReadOnlyList<string> allowed, IssueSeverity severity, string? message) : ValidationRule(severity, message)
{
    public override string Name => "one-of";

    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override string Describe() => $"one of {string.Join(", ", Allowed)}";

    protected override bool IsValid(object value, out string why)
    {
        var text = RecordPath.Text(value) ?? "";
        why = $"'{text}' is not one of {string.Join(", ", Allowed)}";
        return Allowed.Contains(text, StringComparer.Ordinal);
    }
}
