using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Hub.Mapping;

/// <summary>Reads <c>format: { type: date | phone | decimal | address-split, ... }</c> and checks its parameters.</summary>
internal static class FormatReader
{
    private static readonly Dictionary<string, DateOutput> DateOutputs = new(StringComparer.Ordinal) { ["instant"] = DateOutput.Instant, ["date"] = DateOutput.Date };

    private static readonly Dictionary<string, AmbiguousTimePolicy> Ambiguous = new(StringComparer.Ordinal)
    {
        ["earlier"] = AmbiguousTimePolicy.Earlier, ["later"] = AmbiguousTimePolicy.Later, ["reject"] = AmbiguousTimePolicy.Reject,
    };

    private static readonly Dictionary<string, SkippedTimePolicy> Skipped = new(StringComparer.Ordinal)
    {
        ["reject"] = SkippedTimePolicy.Reject, ["shift-forward"] = SkippedTimePolicy.ShiftForward,
    };

    private static readonly Dictionary<string, InvalidPhonePolicy> InvalidPhone = new(StringComparer.Ordinal)
    {
        ["reject"] = InvalidPhonePolicy.Reject, ["keep-raw"] = InvalidPhonePolicy.KeepRaw,
    };

    private static readonly Dictionary<string, DecimalOutput> DecimalOutputs = new(StringComparer.Ordinal) { ["amount"] = DecimalOutput.Amount, ["money"] = DecimalOutput.Money };

    public static FormatRule? Read(YamlReader reader, YamlNode node, string what)
    {
        var type = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("type"), out var t) ? (t as YamlScalarNode)?.Value : null;
        what = $"{what} format";
        switch (type)
        {
            case "date":
                return Date(reader, reader.Keys(node, what, "type", "pattern", "zone", "output", "ambiguous", "skipped"), node, what);
            case "phone":
                return Phone(reader, reader.Keys(node, what, "type", "region", "region-from", "invalid"), node, what);
            case "decimal":
                return Decimal(reader, reader.Keys(node, what, "type", "scale", "rounding", "currency", "currency-from", "decimal-separator", "output"), node, what);
            case "address-split":
                return Address(reader, reader.Keys(node, what, "type", "country", "country-from"), node, what);
            default:
                reader.Problem(node, $"{what}: unknown format type '{type}' (known: date, phone, decimal, address-split)");
                return null;
        }
    }

    private static DateFormatRule? Date(YamlReader reader, Dictionary<string, YamlNode> keys, YamlNode node, string what)
    {
        var patterns = reader.List(keys.GetValueOrDefault("pattern"), what);
        var zoneId = reader.Scalar(keys, "zone", what);
        var zone = zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        var output = reader.Choice(keys, "output", what, DateOutputs, DateOutput.Instant)!.Value;
        var ok = patterns.Count > 0 || reader.Fail<bool>(node, $"{what}: 'pattern' is required (a NodaTime pattern such as dd/MM/yyyy HH:mm, or iso, or unix-ms)");
        if (zoneId is not null && zone is null)
        {
            ok = reader.Fail<bool>(keys["zone"], $"{what}: unknown time zone '{zoneId}' (use an IANA id such as Europe/London)");
        }

        foreach (var pattern in patterns.Where(p => p is not DateFormatRule.Iso and not DateFormatRule.UnixMilliseconds))
        {
            try
            {
                LocalDateTimePattern.CreateWithInvariantCulture(pattern);
            }
            catch (InvalidPatternException ex)
            {
                ok = reader.Fail<bool>(keys["pattern"], $"{what}: bad date pattern '{pattern}': {ex.Message}");
            }

            var needsZone = DateFormatRule.PatternHasTime(pattern) || output == DateOutput.Instant;
            if (zoneId is null && needsZone)
            {
                ok = reader.Fail<bool>(node, $"{what}: pattern '{pattern}' is a local time, so 'zone' is required");
            }
        }

        return ok
            ? new DateFormatRule(patterns, zone, output,
                reader.Choice(keys, "ambiguous", what, Ambiguous, AmbiguousTimePolicy.Earlier)!.Value,
                reader.Choice(keys, "skipped", what, Skipped, SkippedTimePolicy.Reject)!.Value)
            : null;
    }

    private static PhoneFormatRule? Phone(YamlReader reader, Dictionary<string, YamlNode> keys, YamlNode node, string what)
    {
        var region = reader.Scalar(keys, "region", what, node);
        var invalid = reader.Choice(keys, "invalid", what, InvalidPhone, null);
        if (invalid is null)
        {
            reader.Problem(node, $"{what}: 'invalid' is required (reject or keep-raw)");
        }

        if (region is not null && !PhoneFormatRule.IsSupportedRegion(region))
        {
            reader.Problem(keys["region"], $"{what}: unknown default region '{region}' (an ISO 3166-1 alpha-2 code libphonenumber knows, e.g. GB, DE)");
            return null;
        }

        return region is null || invalid is null ? null : new PhoneFormatRule(region, reader.Scalar(keys, "region-from", what), invalid.Value);
    }

    private static DecimalFormatRule? Decimal(YamlReader reader, Dictionary<string, YamlNode> keys, YamlNode node, string what)
    {
        var ok = true;
        var scaleText = reader.Scalar(keys, "scale", what, node);
        int? scale = scaleText == "currency" ? null : int.TryParse(scaleText, out var s) && s is >= 0 and <= 18 ? s : -1;
        if (scale == -1)
        {
            ok = reader.Fail<bool>(node, $"{what}: 'scale' must be 0 to 18 or 'currency', not '{scaleText}'");
        }

        var currency = reader.Scalar(keys, "currency", what);
        if (currency is not null && !Iso4217.IsCode(currency))
        {
            ok = reader.Fail<bool>(keys["currency"], $"{what}: '{currency}' is not an ISO 4217 currency code");
        }

        var currencyFrom = reader.Scalar(keys, "currency-from", what);
        var output = reader.Choice(keys, "output", what, DecimalOutputs, DecimalOutput.Amount)!.Value;
        if ((scale is null || output == DecimalOutput.Money) && currency is null && currencyFrom is null)
        {
            ok = reader.Fail<bool>(node, $"{what}: 'scale: currency' and 'output: money' need 'currency' or 'currency-from'");
        }

        var separator = reader.Scalar(keys, "decimal-separator", what) ?? ".";
        if (separator is not ("." or ","))
        {
            ok = reader.Fail<bool>(keys["decimal-separator"], $"{what}: 'decimal-separator' must be '.' or ','");
        }

        var rounding = reader.Choice(keys, "rounding", what, DecimalRounding.ByName, MidpointRounding.ToEven)!.Value;
        return ok ? new DecimalFormatRule(scale, rounding, currency, currencyFrom, separator[0], output) : null;
    }

    private static AddressSplitRule? Address(YamlReader reader, Dictionary<string, YamlNode> keys, YamlNode node, string what)
    {
        var country = reader.Scalar(keys, "country", what);
        var countryFrom = reader.Scalar(keys, "country-from", what);
        if (country is null && countryFrom is null)
        {
            reader.Problem(node, $"{what}: address-split needs 'country' or 'country-from'");
            return null;
        }

        if (country is not null && !AddressSplitRule.SupportedCountries.Contains(country))
        {
            reader.Problem(keys["country"], $"{what}: address-split understands GB and DE layouts only, not '{country}'");
            return null;
        }

        return new AddressSplitRule(country, countryFrom);
    }
}
