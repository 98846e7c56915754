using System.Text.Json;

namespace Shop.Connector.Inbound;

/// <summary>JSON for the inbound dead-letter topic: read by people and tools, so it is not an Avro contract.</summary>
public static class InboundRejectionSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(InboundRejection rejection) => JsonSerializer.SerializeToUtf8Bytes(rejection, Options);
}
