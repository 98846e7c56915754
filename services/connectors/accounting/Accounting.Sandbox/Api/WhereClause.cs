using System.Text.RegularExpressions;

namespace Accounting.Sandbox.Api;

/// <summary>The subset of Xero's where filter the sandbox understands: <c>Field=="value"</c>.</summary>
public static partial class WhereClause
{
    /// <returns>(field, value), or null when the clause is absent or not of that form.</returns>
    public static (string Field, string Value)? Parse(string? where)
    {
        if (string.IsNullOrWhiteSpace(where))
        {
            return null;
        }

        var match = Equality().Match(where);
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    [GeneratedRegex("""^\s*(\w+)\s*==\s*"(.*)"\s*$""")]
    private static partial Regex Equality();
}
