namespace Hub.Topics;

/// <summary>The values Kafka accepts for a topic's <c>cleanup.policy</c>.</summary>
public static class CleanupPolicy
{
    public const string Delete = "delete";
    public const string Compact = "compact";
    public const string CompactDelete = "compact,delete";

    public static IReadOnlyList<string> All { get; } = [Delete, Compact, CompactDelete];

    /// <summary>Kafka treats "delete,compact" and "compact,delete" alike, so both spellings map to one value.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.ToLowerInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var joined = string.Join(',', parts);
        return All.Contains(joined, StringComparer.Ordinal) ? joined : null;
    }
}
