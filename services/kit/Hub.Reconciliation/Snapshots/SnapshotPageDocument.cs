using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Reconciliation;

/// <summary>
/// A connector's answer to <c>GET /reconcile/{entity}</c>: who answered (system, entity type, the fields it holds) and
/// one page of records with the cursor of the next (<c>?after=</c>). The JSON both sides use is <see cref="Json"/>.
/// </summary>
public sealed record SnapshotPageDocument(string System, string EntityType, IReadOnlyList<string> Fields, IReadOnlyList<SnapshotRecord> Records, string? Next)
{
    /// <summary>The route of an entity's snapshot on a connector (the entity as the CLI names it, e.g. <c>customers</c>).</summary>
    public static string Route(string entity) => $"/reconcile/{entity}";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
