using System.Text.RegularExpressions;

namespace Hub.Mapping;

/// <summary>
/// German layout: street lines ("Musterstraße 12"), then a five-digit PLZ and the town ("10115 Berlin"), either
/// on separate lines or on one line ("Musterstraße 12 10115 Berlin"). Rejected: no PLZ + town at the end, no
/// street line, more than two street lines.
/// </summary>
internal static partial class GermanAddressParser
{
    public static Dictionary<string, object?>? Parse(List<string> parts, out string problem)
    {
        problem = "";
        if (parts.Count == 1 && OneLine().Match(parts[0]) is { Success: true } single)
        {
            parts = [single.Groups["street"].Value, $"{single.Groups["plz"].Value} {single.Groups["town"].Value}"];
        }

        if (parts.Count == 0 || PlzTown().Match(parts[^1]) is not { Success: true } match)
        {
            problem = "no five-digit postcode and town at the end";
            return null;
        }

        parts.RemoveAt(parts.Count - 1);
        if (parts.Count is 0 or > 2)
        {
            problem = parts.Count == 0 ? "no street line" : $"{parts.Count} street lines; at most two are supported";
            return null;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["line1"] = parts[0],
            ["line2"] = parts.Count > 1 ? parts[1] : null,
            ["postalCode"] = match.Groups["plz"].Value,
            ["city"] = match.Groups["town"].Value.Trim(),
            ["region"] = null,
        };
    }

    [GeneratedRegex(@"^(D-?\s?)?(?<plz>\d{5})\s+(?<town>\D.*)$")]
    private static partial Regex PlzTown();

    [GeneratedRegex(@"^(?<street>.+?\s\d+\s?[a-zA-Z]?)\s+(D-?\s?)?(?<plz>\d{5})\s+(?<town>\D.*)$")]
    private static partial Regex OneLine();
}
