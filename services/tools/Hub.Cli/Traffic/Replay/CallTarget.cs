using System.Text.RegularExpressions;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// A request target split for matching: the path as a template (segments that are ids become <c>{id}</c>), the ids
/// it held (the business key when the call has no idempotency key) and the query parameters.
/// </summary>
public sealed partial record CallTarget(string Template, string Ids, IReadOnlyDictionary<string, string> Query)
{
    public const string IdSegment = "{id}";

    public static CallTarget Parse(string? target)
    {
        var (path, query) = (target ?? "").Split('?', 2) switch
        {
            [var p, var q] => (p, q),
            [var p] => (p, ""),
            _ => ("", ""),
        };
        var segments = path.Trim('/').Split('/');
        var ids = segments.Where(IsId).ToList();
        var template = string.Join('/', segments.Select(s => IsId(s) ? IdSegment : s));
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(',', g.Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "")), StringComparer.Ordinal);
        return new CallTarget(template, string.Join('/', ids), parameters);
    }

    /// <summary>Digits, a GUID, or a long token mixing letters and digits: what vendors put in paths as record ids.</summary>
    public static bool IsId(string segment) =>
        segment.Length > 0 && (segment.All(char.IsAsciiDigit) || Guid.TryParse(segment, out _) || (segment.Length >= 8 && MixedToken().IsMatch(segment)));

    [GeneratedRegex("^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_-]+$")]
    private static partial Regex MixedToken();
}
