using System.Text.RegularExpressions;

namespace Hub.Mapping;

public sealed class RegexValidation(Regex pattern, IssueSeverity severity, string? message) : ValidationRule(severity, message)
{
    public override string Name => "regex";

    public Regex Pattern { get; } = pattern;

    public override string Describe() => $"matches `{Pattern}`";

    protected override bool IsValid(object value, out string why)
    {
        var text = RecordPath.Text(value) ?? "";
        why = $"'{text}' does not match {Pattern}";
        return Pattern.IsMatch(text);
    }
}
