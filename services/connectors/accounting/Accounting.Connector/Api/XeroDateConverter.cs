using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Accounting.Connector.Api;

/// <summary>
/// Reads Xero's JSON dates: "/Date(1518685950940+0000)/" (milliseconds since the epoch, offset ignored as Xero
/// sends UTC) and ISO 8601 ("2019-03-11T00:00:00", taken as UTC); writes ISO 8601.
/// </summary>
public sealed partial class XeroDateConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Wcf().Match(text);
        if (match.Success)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a Xero date");
    }

    [GeneratedRegex(@"^/Date\((-?\d+)([+-]\d{4})?\)/$")]
    private static partial Regex Wcf();
}
