using System.Globalization;

namespace Hub.Connectors.Hosting;

/// <summary>
/// A canonical field's value as people read it in a conflict: text as is, numbers and dates invariant, a record by
/// its <c>text</c> entry when it has one (an address line) or else by its values (a money amount and currency).
/// </summary>
public static class CanonicalText
{
    public const string TextEntry = "text";

    public static string? Of(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> record => OfRecord(record.ToList()),
        _ => value.ToString(),
    };

    private static string? OfRecord(List<KeyValuePair<string, object?>> record)
    {
        if (record.FirstOrDefault(p => p.Key == TextEntry) is { Key: not null } text)
        {
            return Of(text.Value);
        }

        var parts = record.Select(p => Of(p.Value)).Where(v => !string.IsNullOrEmpty(v)).ToList();
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }
}
