using System.Text.RegularExpressions;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// The differences a replay expects (docs/cli.md, `hub capture replay --allow`): one rule a line, <c>#</c> starts a
/// comment. A rule is a field path (<c>body.properties.hs_lastmodifieddate</c>, <c>query.after</c>,
/// <c>body.inputs[*].id</c>), optionally after a method and path template to hold for those calls only
/// (<c>PATCH crm/v3/objects/contacts/{id} body.properties.updated_at</c>); <c>*</c> matches any run of characters, and
/// <c>(call)</c> allows a call to be made by one side only.
/// </summary>
public sealed class ReplayAllowList
{
    private readonly IReadOnlyList<(string? Method, Regex? Template, Regex Path)> _rules;

    private ReplayAllowList(IReadOnlyList<(string? Method, Regex? Template, Regex Path)> rules) => _rules = rules;

    public static ReplayAllowList Empty { get; } = new([]);

    public int Count => _rules.Count;

    public static ReplayAllowList Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<(string?, Regex?, Regex)>();
        foreach (var (line, number) in lines.Select((l, i) => (l.Split('#', 2)[0].Trim(), i + 1)))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            rules.Add(parts switch
            {
                [] => default,
                [var path] => (null, null, Glob(path)),
                [var method, var template, var path] => (method.ToUpperInvariant(), Glob(template.Trim('/')), Glob(path)),
                _ => throw new FormatException($"line {number}: expected 'path' or 'METHOD template path', not '{line}'"),
            });
        }

        return new ReplayAllowList([.. rules.Where(r => r.Item3 is not null)]);
    }

    public bool Allows(ReplayDifference difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        return _rules.Any(r =>
            r.Path.IsMatch(difference.Path)
            && (r.Method is null || string.Equals(r.Method, difference.Method, StringComparison.OrdinalIgnoreCase))
            && (r.Template is null || r.Template.IsMatch(difference.Template)));
    }

    private static Regex Glob(string pattern) =>
        new("^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
