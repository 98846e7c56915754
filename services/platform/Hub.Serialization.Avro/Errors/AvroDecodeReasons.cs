namespace Hub.Serialization.Avro;

/// <summary>Stable reason codes of <see cref="Hub.Messaging.Serialization.EventDecodeException"/>s; DLQ filters and dashboards key on them.</summary>
public static class AvroDecodeReasons
{
    public const string UnknownMagicByte = "unknown-magic-byte";
    public const string TruncatedPayload = "truncated-payload";
    public const string UnknownSchemaId = "unknown-schema-id";
    public const string SchemaMismatch = "schema-mismatch";
    public const string MalformedAvro = "malformed-avro";
}
