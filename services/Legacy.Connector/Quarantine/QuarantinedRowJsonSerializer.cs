using System.Text.Json;
using Hub.Messaging.Serialization;

namespace Legacy.Connector.Quarantine;

/// <summary>JSON for the quarantine topic: read by people and tools, not by connectors, so no Avro contract.</summary>
public sealed class QuarantinedRowJsonSerializer() : JsonEventSerializer<QuarantinedRow>(Options, "quarantine", "a quarantined row")
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
