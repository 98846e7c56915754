namespace Hub.Mapping;

/// <summary>
/// "When another field says so, map differently": if <see cref="When"/> holds and the source value is one of
/// <see cref="SourceValues"/> (or the list is empty), the result is <see cref="Value"/>, or a lookup in
/// <see cref="Table"/> instead of the field's usual table. Exactly one of Value and Table is set.
/// </summary>
public sealed record ContextRule(Condition When, IReadOnlyList<string> SourceValues, string? Value, string? Table, long Line)
{
    public bool AppliesTo(string sourceValue) =>
        SourceValues.Count == 0 || SourceValues.Contains(sourceValue, StringComparer.OrdinalIgnoreCase);
}
