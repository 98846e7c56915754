namespace Hub.Connectors.Hosting;

/// <summary>
/// A record in canonical form (the output of a <c>*-to-canonical</c> mapping, or a record a connector builds with the
/// canonical field names) as the values a snapshot reports: the declared field paths, each as invariant text
/// (<see cref="MappedValues.AsText"/>), null where the record has no value, so every declared field is compared.
/// </summary>
public static class SnapshotFields
{
    public static Dictionary<string, string?> Of(IReadOnlyDictionary<string, object?> canonical, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(paths);
        var text = MappedValues.AsText(canonical);
        return paths.ToDictionary(p => p, p => text.GetValueOrDefault(p), StringComparer.Ordinal);
    }
}
