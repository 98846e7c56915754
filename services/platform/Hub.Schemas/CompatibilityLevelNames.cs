using System.Diagnostics.CodeAnalysis;

namespace Hub.Schemas;

/// <summary>Conversions between <see cref="CompatibilityLevel"/> and the REST API spelling (e.g. BACKWARD_TRANSITIVE).</summary>
public static class CompatibilityLevelNames
{
    private static readonly Dictionary<string, CompatibilityLevel> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NONE"] = CompatibilityLevel.None,
        ["BACKWARD"] = CompatibilityLevel.Backward,
        ["BACKWARD_TRANSITIVE"] = CompatibilityLevel.BackwardTransitive,
        ["FORWARD"] = CompatibilityLevel.Forward,
        ["FORWARD_TRANSITIVE"] = CompatibilityLevel.ForwardTransitive,
        ["FULL"] = CompatibilityLevel.Full,
        ["FULL_TRANSITIVE"] = CompatibilityLevel.FullTransitive,
    };

    /// <summary>All levels in their wire spelling.</summary>
    public static IReadOnlyCollection<string> All { get; } = ByName.Keys.ToArray();

    public static string ToWireName(this CompatibilityLevel level) =>
        ByName.First(pair => pair.Value == level).Key;

    /// <summary>Case-insensitive, as Confluent's registry accepts "backward" as well as "BACKWARD".</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out CompatibilityLevel? level)
    {
        if (name is not null && ByName.TryGetValue(name.Trim(), out var found))
        {
            level = found;
            return true;
        }

        level = null;
        return false;
    }
}
