using System.Globalization;

namespace Hub.Mapping;

/// <summary>An inclusive numeric range; either end may be open.</summary>
public sealed class RangeValidation(decimal? min, decimal? max, IssueSeverity severity, string? message) : ValidationRule(severity, message)
{
    public override string Name => "range";

    public decimal? Min { get; } = min;

    public decimal? Max { get; } = max;

    public override string Describe() => (Min, Max) switch
    {
        (null, _) => $"≤ {Max}",
        (_, null) => $"≥ {Min}",
        _ => $"{Min} to {Max}",
    };

    protected override bool IsValid(object value, out string why)
    {
        var number = value switch
        {
            Dictionary<string, object?> money when money.TryGetValue("amount", out var amount) => amount,
            _ => value,
        };
        var text = RecordPath.Text(number);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            why = $"'{text}' is not a number";
            return false;
        }

        why = $"{d} is outside {Describe()}";
        return (Min is null || d >= Min) && (Max is null || d <= Max);
    }
}
