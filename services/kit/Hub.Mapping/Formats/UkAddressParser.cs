using System.Text.RegularExpressions;

namespace Hub.Mapping;

/// <summary>
/// UK layout: street lines, then the post town, optionally a county, then the postcode (alone or after the town:
/// "London SW1A 2AA"). What it cannot do, and therefore rejects: addresses without a valid postcode, more than two
/// street lines, and one-line addresses without commas (the boundary between street and town is unknowable).
/// A part before the postcode is taken as a county only if it is a known county name.
/// </summary>
internal static partial class UkAddressParser
{
    private static readonly HashSet<string> Counties = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire", "Cornwall", "Cumbria", "Derbyshire",
        "Devon", "Dorset", "County Durham", "Co. Durham", "East Sussex", "Essex", "Gloucestershire", "Greater London",
        "Greater Manchester", "Hampshire", "Herefordshire", "Hertfordshire", "Isle of Wight", "Kent", "Lancashire",
        "Leicestershire", "Lincolnshire", "Merseyside", "Middlesex", "Norfolk", "Northamptonshire", "Northumberland",
        "North Yorkshire", "Nottinghamshire", "Oxfordshire", "Rutland", "Shropshire", "Somerset", "South Yorkshire",
        "Staffordshire", "Suffolk", "Surrey", "Tyne and Wear", "Warwickshire", "West Midlands", "West Sussex",
        "West Yorkshire", "Wiltshire", "Worcestershire", "East Riding of Yorkshire", "Midlothian", "Fife", "Gwynedd",
        "County Antrim", "County Down",
    };

    public static Dictionary<string, object?>? Parse(List<string> parts, out string problem)
    {
        problem = "";
        if (parts.Count == 0 || PostcodeAtEnd().Match(parts[^1]) is not { Success: true } match)
        {
            problem = "no UK postcode at the end";
            return null;
        }

        var postcode = Normalise(match.Groups["pc"].Value);
        var town = parts[^1][..match.Index].Trim();
        parts.RemoveAt(parts.Count - 1);
        if (town.Length == 0 && parts.Count > 0)
        {
            town = Pop(parts);
        }

        string? county = null;
        if (Counties.Contains(town) && parts.Count > 1)
        {
            county = town;
            town = Pop(parts);
        }

        if (town.Length == 0 || parts.Count == 0)
        {
            problem = "expected street line(s), a post town and a postcode separated by commas or new lines";
            return null;
        }

        if (parts.Count > 2)
        {
            problem = $"{parts.Count} street lines before the town; at most two are supported";
            return null;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["line1"] = parts[0],
            ["line2"] = parts.Count > 1 ? parts[1] : null,
            ["postalCode"] = postcode,
            ["city"] = town,
            ["region"] = county,
        };
    }

    private static string Pop(List<string> parts)
    {
        var last = parts[^1];
        parts.RemoveAt(parts.Count - 1);
        return last;
    }

    private static string Normalise(string postcode)
    {
        var compact = postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return $"{compact[..^3]} {compact[^3..]}";
    }

    // The Royal Mail postcode shapes (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA) and GIR 0AA.
    [GeneratedRegex(@"(^|\s)(?<pc>GIR ?0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex PostcodeAtEnd();
}
