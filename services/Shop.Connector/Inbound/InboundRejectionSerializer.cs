using System.Text.Json;
using Hub.Messaging.Serialization;

namespace Shop.Connector.Inbound;

/// <summary>JSON for the inbound dead-letter topic: read by people and tools, so it is not an Avro contract.</summary>
public sealed class InboundRejectionSerializer() : JsonEventSerializer<InboundRejection>(Options, "rejection", "an inbound rejection")
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
