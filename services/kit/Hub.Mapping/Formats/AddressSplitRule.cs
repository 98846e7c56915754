namespace Hub.Mapping;

/// <summary>
/// Splits one free-text address into <c>{ line1, line2, postalCode, city, region, countryCode }</c>, shaped like the
/// canonical <c>Address</c>. Only GB and DE layouts are understood (see <see cref="UkAddressParser"/> and
/// <see cref="GermanAddressParser"/>); anything else, and any text that does not fit the layout, is rejected rather
/// than guessed, because a wrongly split address ships goods to the wrong place.
/// </summary>
public sealed class AddressSplitRule(string? country, string? countryFrom) : FormatRule
{
    public static readonly IReadOnlySet<string> SupportedCountries = new HashSet<string>(StringComparer.Ordinal) { "GB", "DE" };

    public override string Type => "address-split";

    public string? Country { get; } = country;

    public string? CountryFrom { get; } = countryFrom;

    public override string Describe() =>
        $"address-split → line1/line2/postalCode/city/region/countryCode, country {(CountryFrom is null ? Country : $"from `{CountryFrom}`{(Country is null ? "" : $" else {Country}")}")} (GB and DE layouts only)";

    internal override bool TryApply(object value, FieldContext ctx, out object? result)
    {
        result = null;
        var named = CountryFrom is null ? null : RecordPath.Text(RecordPath.Get(ctx.Source, CountryFrom));
        var code = CountryNames.ToCode(named) ?? (string.IsNullOrWhiteSpace(named) ? Country : null);
        if (code is null || !SupportedCountries.Contains(code))
        {
            return ctx.Reject(Type, $"cannot split addresses for country '{named ?? code}' (supported: GB, DE)");
        }

        var parts = (RecordPath.Text(value) ?? "")
            .Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        if (parts.Count > 0 && CountryNames.ToCode(parts[^1]) == code)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var parsed = code == "GB" ? UkAddressParser.Parse(parts, out var problem) : GermanAddressParser.Parse(parts, out problem);
        if (parsed is null)
        {
            return ctx.Reject(Type, $"'{RecordPath.Text(value)}': {problem}");
        }

        parsed["countryCode"] = code;
        result = parsed;
        return true;
    }
}
