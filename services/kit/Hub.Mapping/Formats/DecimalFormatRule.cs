using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Mapping;

/// <summary>
/// Reads an amount (numbers, or text with "." or "," as decimal separator and optional correct thousands
/// grouping), rounds it to a scale, and checks the currency code against ISO 4217. The scale is a number or, with
/// <c>scale: currency</c>, the currency's minor units (JPY 0, GBP 2, KWD 3). Output is the decimal, or with
/// <see cref="DecimalOutput.Money"/> a record <c>{ amount, currency }</c> shaped like the canonical <c>Money</c>.
/// </summary>
public sealed partial class DecimalFormatRule(
    int? scale,
    MidpointRounding rounding,
    string? currency,
    string? currencyFrom,
    char decimalSeparator,
    DecimalOutput output) : FormatRule
{
    public override string Type => "decimal";

    /// <summary>Null means "the currency's minor units".</summary>
    public int? Scale { get; } = scale;

    public MidpointRounding Rounding { get; } = rounding;

    public string? Currency { get; } = currency;

    public string? CurrencyFrom { get; } = currencyFrom;

    public DecimalOutput Output { get; } = output;

    public override string Describe()
    {
        var currencyText = (Currency, CurrencyFrom) switch
        {
            (null, null) => "",
            (_, null) => $", currency {Currency}",
            (null, _) => $", currency from `{CurrencyFrom}` (ISO 4217)",
            _ => $", currency from `{CurrencyFrom}` else {Currency} (ISO 4217)",
        };
        return $"decimal, scale {(Scale?.ToString(CultureInfo.InvariantCulture) ?? "of the currency")}, rounding {DecimalRounding.NameOf(Rounding)}, " +
               $"decimal separator '{decimalSeparator}'{currencyText}{(Output == DecimalOutput.Money ? " → { amount, currency }" : "")}";
    }

    internal override bool TryApply(object value, FieldContext ctx, out object? result)
    {
        result = null;
        string? code = null;
        if (Currency is not null || CurrencyFrom is not null)
        {
            code = (CurrencyFrom is null ? null : RecordPath.Text(RecordPath.Get(ctx.Source, CurrencyFrom))?.Trim().ToUpperInvariant()) is { Length: > 0 } fromSource
                ? fromSource
                : Currency;
            if (code is null || !Iso4217.IsCode(code))
            {
                return ctx.Reject(Type, $"'{code}' is not an ISO 4217 currency code");
            }
        }

        if (!TryRead(value, out var amount))
        {
            return ctx.Reject(Type, $"'{RecordPath.Text(value)}' is not a decimal number with '{decimalSeparator}' as decimal separator");
        }

        var rounded = Math.Round(amount, Scale ?? Iso4217.MinorUnits(code!), Rounding);
        result = Output == DecimalOutput.Money
            ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["amount"] = rounded, ["currency"] = code }
            : rounded;
        return true;
    }

    private bool TryRead(object value, out decimal amount)
    {
        amount = 0;
        switch (value)
        {
            case decimal d:
                amount = d;
                return true;
            case int or long or short or byte:
                amount = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return true;
            case double or float:
                // Through the shortest round-trip text, so 0.1d becomes 0.1m rather than 0.1000000000000000055...
                return decimal.TryParse(((IFormattable)value).ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out amount);
        }

        var text = RecordPath.Text(value)?.Trim() ?? "";
        var (separator, grouping) = decimalSeparator == ',' ? (",", ".") : (".", ",");
        if (!Grouped().IsMatch(text.Replace(separator, "D", StringComparison.Ordinal).Replace(grouping, "G", StringComparison.Ordinal)))
        {
            return false;
        }

        var normalised = text.Replace(grouping, "", StringComparison.Ordinal).Replace(separator, ".", StringComparison.Ordinal);
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    // Digits with an optional sign, optional correct thousands grouping (G) and an optional fraction (D).
    [GeneratedRegex(@"^[-+]?(\d+|\d{1,3}(G\d{3})+)(D\d+)?$")]
    private static partial Regex Grouped();
}
