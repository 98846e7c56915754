using PhoneNumbers;

namespace Hub.Mapping;

/// <summary>
/// Normalises phone numbers to E.164 with libphonenumber. National numbers are read in <see cref="Region"/>, or in
/// the region named by another source field (<see cref="RegionFrom"/>) when that holds a supported region code.
/// </summary>
public sealed class PhoneFormatRule(string region, string? regionFrom, InvalidPhonePolicy invalid) : FormatRule
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public override string Type => "phone";

    public string Region { get; } = region;

    public string? RegionFrom { get; } = regionFrom;

    public InvalidPhonePolicy Invalid { get; } = invalid;

    public static bool IsSupportedRegion(string region) => Util.GetSupportedRegions().Contains(region);

    public override string Describe() =>
        $"phone → E.164, national numbers read as {(RegionFrom is null ? Region : $"`{RegionFrom}` else {Region}")}; " +
        $"invalid: {(Invalid == InvalidPhonePolicy.Reject ? "reject" : "keep raw (warning)")}";

    internal override bool TryApply(object value, FieldContext ctx, out object? result)
    {
        var raw = RecordPath.Text(value)?.Trim() ?? "";
        result = raw;
        var region = ContextRegion(ctx) ?? Region;
        string? problem;
        try
        {
            var number = Util.Parse(raw, region);
            if (Util.IsValidNumber(number))
            {
                result = Util.Format(number, PhoneNumberFormat.E164);
                return true;
            }

            problem = $"'{raw}' is not a valid number for {Util.GetRegionCodeForNumber(number) ?? region}";
        }
        catch (NumberParseException ex)
        {
            problem = $"'{raw}' is not a phone number ({ex.ErrorType})";
        }

        if (Invalid == InvalidPhonePolicy.Reject)
        {
            return ctx.Reject(Type, problem);
        }

        ctx.Warn(Type, problem + "; kept as written");
        return true;
    }

    private string? ContextRegion(FieldContext ctx)
    {
        if (RegionFrom is null)
        {
            return null;
        }

        var candidate = RecordPath.Text(RecordPath.Get(ctx.Source, RegionFrom))?.Trim().ToUpperInvariant();
        return candidate is { Length: 2 } && IsSupportedRegion(candidate) ? candidate : null;
    }
}
