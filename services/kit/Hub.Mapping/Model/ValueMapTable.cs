namespace Hub.Mapping;

/// <summary>A named lookup table (source value → target value) with an explicit policy for unmapped values.</summary>
public sealed record ValueMapTable(
    string Name,
    string? Description,
    IReadOnlyDictionary<string, string> Values,
    UnmappedPolicy Unmapped,
    string? Default,
    bool IgnoreCase,
    long Line)
{
    public bool TryLookup(string source, out string target)
    {
        if (Values.TryGetValue(source, out target!))
        {
            return true;
        }

        if (IgnoreCase)
        {
            foreach (var (key, value) in Values)
            {
                if (string.Equals(key, source, StringComparison.OrdinalIgnoreCase))
                {
                    target = value;
                    return true;
                }
            }
        }

        return false;
    }
}
