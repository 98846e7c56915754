using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Messaging.Serialization;

namespace Hub.Identity.Capture;

/// <summary>
/// JSON for <see cref="CapturedExchange"/> on <c>hub.capture</c>: read by people and the replay tooling, never by a
/// connector as business data, so it stays out of the Avro contract gate like the write journal.
/// </summary>
public sealed class CaptureJsonSerializer() : JsonEventSerializer<CapturedExchange>(Options, "capture", "a captured exchange")
{
    public const string Topic = "hub.capture";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
