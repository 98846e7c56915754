using System.Globalization;

namespace Hub.Mapping;

/// <summary>Dotted paths (<c>properties.email</c>) into nested string-keyed dictionaries.</summary>
public static class RecordPath
{
    public static bool TryGet(IReadOnlyDictionary<string, object?> record, string path, out object? value)
    {
        object? current = record;
        foreach (var segment in path.Split('.'))
        {
            switch (current)
            {
                case IReadOnlyDictionary<string, object?> ro when ro.TryGetValue(segment, out var next):
                    current = next;
                    break;
                case IDictionary<string, object?> rw when rw.TryGetValue(segment, out var next):
                    current = next;
                    break;
                default:
                    value = null;
                    return false;
            }
        }

        value = current;
        return true;
    }

    public static object? Get(IReadOnlyDictionary<string, object?> record, string path) =>
        TryGet(record, path, out var value) ? value : null;

    /// <summary>Sets a value, creating the nested dictionaries a dotted target path needs.</summary>
    public static void Set(Dictionary<string, object?> record, string path, object? value)
    {
        var segments = path.Split('.');
        var current = record;
        foreach (var segment in segments[..^1])
        {
            if (current.TryGetValue(segment, out var next) && next is Dictionary<string, object?> nested)
            {
                current = nested;
                continue;
            }

            nested = new Dictionary<string, object?>(StringComparer.Ordinal);
            current[segment] = nested;
            current = nested;
        }

        current[segments[^1]] = value;
    }

    /// <summary>The invariant text form of a scalar, used for value maps, conditions and text rules.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
