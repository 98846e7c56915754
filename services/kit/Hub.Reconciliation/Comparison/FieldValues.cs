using System.Globalization;

namespace Hub.Reconciliation;

/// <summary>
/// When two systems' canonical values of a field are the same: equal text, or equal numbers written differently (an
/// amount 1500 in one system, 1500.00 in another). Blank and absent are the same (no value).
/// </summary>
public static class FieldValues
{
    public static bool Same(string? left, string? right)
    {
        var a = Blank(left) ? null : left;
        var b = Blank(right) ? null : right;
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        return a is not null && b is not null
            && decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
            && x == y;
    }

    /// <summary>The ownership.yaml field a canonical path belongs to: <c>billingAddress.city</c> → <c>billingAddress</c>.</summary>
    public static string OwnershipField(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? path : path[..dot];
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
