using System.Text.Json.Nodes;

namespace Erp.Sandbox.Store;

/// <summary>A sandbox model: its fields and how a record's display_name is made.</summary>
public sealed record ModelDef(string Name, IReadOnlyList<FieldDef> FieldList, Func<JsonObject, OdooDatabase, string> DisplayName)
{
    public IReadOnlyDictionary<string, FieldDef> Fields { get; } = FieldList.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Models with an "active" field hide archived records from searches that do not mention it.</summary>
    public bool HasActive => Fields.ContainsKey("active");
}
