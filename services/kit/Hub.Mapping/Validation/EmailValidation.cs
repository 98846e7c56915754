using System.Text.RegularExpressions;

namespace Hub.Mapping;

/// <summary>
/// A pragmatic address check (one @, a dotted domain, no spaces), not RFC 5322: the goal is to stop typos such as
/// "jane.doe@example" or "jane doe@example.com" before they reach a system that sends invoices.
/// </summary>
public sealed partial class EmailValidation(IssueSeverity severity, string? message) : ValidationRule(severity, message)
{
    public override string Name => "email";

    public override string Describe() => "an e-mail address";

    protected override bool IsValid(object value, out string why)
    {
        var text = RecordPath.Text(value) ?? "";
        why = $"'{text}' is not an e-mail address";
        return text.Length <= 254 && Shape().IsMatch(text);
    }

    [GeneratedRegex(@"^[^@\s""(),:;<>\[\]\\]+@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial Regex Shape();
}
