using System.Globalization;

namespace Hub.Connectors.Hosting;

/// <summary>A mapped record as the text values <see cref="OutboundOwnership"/> compares: target path → invariant text.</summary>
public static class MappedValues
{
    /// <summary>Nested records are flattened to dotted paths (Address.City), as the mapping names the targets; null values are left out.</summary>
    public static Dictionary<string, string?> AsText(IReadOnlyDictionary<string, object?> mapped)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        var text = new Dictionary<string, string?>(StringComparer.Ordinal);
        Add(text, "", mapped);
        return text;
    }

    private static void Add(Dictionary<string, string?> text, string prefix, IEnumerable<KeyValuePair<string, object?>> record)
    {
        foreach (var (key, value) in record)
        {
            switch (value)
            {
                case null:
                    break;
                case IEnumerable<KeyValuePair<string, object?>> nested:
                    Add(text, prefix + key + ".", nested);
                    break;
                case IFormattable formattable:
                    text[prefix + key] = formattable.ToString(null, CultureInfo.InvariantCulture);
                    break;
                default:
                    text[prefix + key] = value.ToString();
                    break;
            }
        }
    }
}
