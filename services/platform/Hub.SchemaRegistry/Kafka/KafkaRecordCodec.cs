using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.SchemaRegistry.Storage;

namespace Hub.SchemaRegistry.Kafka;

/// <summary>
/// Key/value JSON of the registry log, shaped like Confluent's _schemas topic so that compaction keeps, per key,
/// the latest schema version, config or mode, and a null value (tombstone) removes it.
/// </summary>
internal static class KafkaRecordCodec
{
    public static (string Key, string? Value) Encode(StoreRecord record) => record switch
    {
        SchemaRecord s => (
            Json(new JsonObject { ["keytype"] = "SCHEMA", ["subject"] = s.Subject, ["version"] = s.Version, ["magic"] = 1 }),
            s.Value is null ? null : Json(new JsonObject
            {
                ["subject"] = s.Subject,
                ["version"] = s.Version,
                ["id"] = s.Value.Id,
                ["schemaType"] = "AVRO",
                ["schema"] = s.Value.Schema,
                ["deleted"] = s.Value.Deleted,
            })),
        ConfigRecord c => (
            Json(new JsonObject { ["keytype"] = "CONFIG", ["subject"] = c.Subject, ["magic"] = 0 }),
            c.Level is null ? null : Json(new JsonObject { ["compatibilityLevel"] = c.Level })),
        ModeRecord m => (
            Json(new JsonObject { ["keytype"] = "MODE", ["subject"] = null, ["magic"] = 0 }),
            m.Mode is null ? null : Json(new JsonObject { ["mode"] = m.Mode })),
        _ => throw new ArgumentOutOfRangeException(nameof(record), record, "Unknown record type."),
    };

    /// <summary>Null for keys this registry does not use (e.g. NOOP markers); throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static StoreRecord? Decode(string key, string? value)
    {
        var k = JsonNode.Parse(key)?.AsObject() ?? throw new JsonException("Record key is not a JSON object.");
        var v = value is null ? null : JsonNode.Parse(value)?.AsObject();
        var subject = k["subject"]?.GetValue<string>();
        switch (k["keytype"]?.GetValue<string>())
        {
            case "SCHEMA":
                var version = k["version"]?.GetValue<int>() ?? throw new JsonException("SCHEMA key without version.");
                var body = v is null ? null : new SchemaRecordValue(
                    v["id"]?.GetValue<int>() ?? throw new JsonException("SCHEMA value without id."),
                    v["schema"]?.GetValue<string>() ?? throw new JsonException("SCHEMA value without schema."),
                    v["deleted"]?.GetValue<bool>() ?? false);
                return new SchemaRecord(subject ?? throw new JsonException("SCHEMA key without subject."), version, body);
            case "CONFIG":
                return new ConfigRecord(subject, v?["compatibilityLevel"]?.GetValue<string>());
            case "MODE" when subject is null:
                return new ModeRecord(v?["mode"]?.GetValue<string>());
            default:
                return null;
        }
    }

    private static string Json(JsonObject node) => node.ToJsonString();
}
