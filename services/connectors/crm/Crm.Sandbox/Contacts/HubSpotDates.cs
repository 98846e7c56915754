using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Sandbox.Contacts;

/// <summary>
/// HubSpot's timestamps: UTC with milliseconds and a Z (2026-12-07T08:22:52.123Z), both for createdAt/updatedAt and
/// for date-time property values such as createdate and lastmodifieddate. The sandbox keeps time to the millisecond,
/// as HubSpot does, so the two always agree.
/// </summary>
public sealed class HubSpotDates : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static DateTimeOffset ToMilliseconds(DateTimeOffset value) => DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());

    public static string Text(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Text(value));
    }
}
