using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Messaging.Serialization;

namespace Hub.Identity;

/// <summary>
/// JSON for <see cref="WriteJournalEntry"/> on <c>hub.writes</c>: like the conflict queue, the journal is read by the
/// CLI and the platform's own kit, never by a connector as business data, so it stays out of the Avro contract gate
/// (docs/decisions.md, 2026-12-07).
/// </summary>
public sealed class WriteJournalJsonSerializer() : JsonEventSerializer<WriteJournalEntry>(Options, "write-journal", "a write journal entry")
{
    public const string Topic = "hub.writes";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
