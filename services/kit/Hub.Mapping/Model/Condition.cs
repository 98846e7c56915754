namespace Hub.Mapping;

/// <summary>
/// A test on another source field (trimmed, case-insensitive): equal to one of <see cref="Values"/>, or with
/// <see cref="Negate"/> not equal to any; with no values, whether the field is present and not blank.
/// </summary>
public sealed record Condition(string Field, IReadOnlyList<string> Values, bool Negate)
{
    public bool Holds(IReadOnlyDictionary<string, object?> source)
    {
        var text = RecordPath.Text(RecordPath.Get(source, Field))?.Trim();
        var present = !string.IsNullOrEmpty(text);
        var matches = Values.Count == 0
            ? present
            : present && Values.Contains(text!, StringComparer.OrdinalIgnoreCase);
        return matches != Negate;
    }

    public string Describe() => Values.Count switch
    {
        0 => Negate ? $"`{Field}` is blank" : $"`{Field}` is present",
        1 => $"`{Field}` {(Negate ? "≠" : "=")} {Values[0]}",
        _ => $"`{Field}` {(Negate ? "not in" : "in")} {string.Join(", ", Values)}",
    };
}
