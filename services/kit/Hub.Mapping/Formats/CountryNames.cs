namespace Hub.Mapping;

/// <summary>The spellings of the supported countries seen in CRM and shop data.</summary>
internal static class CountryNames
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GB"] = "GB", ["UK"] = "GB", ["United Kingdom"] = "GB", ["Great Britain"] = "GB", ["England"] = "GB",
        ["Scotland"] = "GB", ["Wales"] = "GB", ["Northern Ireland"] = "GB",
        ["DE"] = "DE", ["D"] = "DE", ["Germany"] = "DE", ["Deutschland"] = "DE", ["Bundesrepublik Deutschland"] = "DE",
    };

    /// <summary>The ISO code for a supported country's name or code; other two-letter codes pass through upper-cased.</summary>
    public static string? ToCode(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return Codes.TryGetValue(trimmed, out var code) ? code : trimmed.Length == 2 ? trimmed.ToUpperInvariant() : null;
    }
}
