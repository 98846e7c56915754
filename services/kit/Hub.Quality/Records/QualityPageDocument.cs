using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Quality;

/// <summary>
/// A connector's answer to <c>GET /quality/{entity}</c> (a page of its system's records, <c>?after=</c> continues) or
/// to <c>POST /quality/{entity}/file</c> (every row of an export file, no cursor): who answered, which mapping ran,
/// the fields it fills and the records as it mapped them. The JSON both sides use is <see cref="Json"/>.
/// </summary>
public sealed record QualityPageDocument(
    string System, string Entity, string Mapping, IReadOnlyList<QualityField> Fields, IReadOnlyList<QualityRecord> Records, string? Next)
{
    /// <summary>The route of an entity's profile records on a connector (the entity as the CLI names it, e.g. <c>customers</c>).</summary>
    public static string Route(string entity) => $"/quality/{entity}";

    /// <summary>The route that profiles an export file sent in the request body (systems that only export files).</summary>
    public static string FileRoute(string entity) => $"/quality/{entity}/file";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
