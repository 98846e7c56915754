using System.Text.Json;

namespace Hub.SchemaRegistry.Api;

/// <summary>Body of register, lookup and compatibility requests. Id and version are honoured in IMPORT mode only.</summary>
internal sealed record RegisterSchemaRequest(string? Schema, string? SchemaType, JsonElement? References, int? Id, int? Version)
{
    public bool HasReferences => References is { ValueKind: JsonValueKind.Array } refs && refs.GetArrayLength() > 0;
}
