using System.Text.Json;

namespace Legacy.Connector.Quarantine;

/// <summary>JSON for the quarantine topic: read by people and tools, not by connectors, so no Avro contract.</summary>
public static class QuarantinedRowJsonSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(QuarantinedRow row) => JsonSerializer.SerializeToUtf8Bytes(row, Options);
}
