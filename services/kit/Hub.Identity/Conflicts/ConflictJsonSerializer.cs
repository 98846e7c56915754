using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Messaging.Serialization;

namespace Hub.Identity;

/// <summary>
/// JSON for <see cref="ConflictRecord"/> on <c>hub.conflicts</c>: the queue is read by people and the CLI, not by
/// connectors, so it does not need the Avro contract gate.
/// </summary>
public sealed class ConflictJsonSerializer() : JsonEventSerializer<ConflictRecord>(Options, "conflict", "a conflict record")
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
