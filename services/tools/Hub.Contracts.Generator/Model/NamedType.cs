using Hub.Contracts.Generator.Json;

namespace Hub.Contracts.Generator.Model;

/// <summary>One record, enum or fixed definition found in a schema file.</summary>
internal sealed class NamedType(string fullName, string ns, string kind, JsonObject definition, string sourcePath)
{
    public string FullName { get; } = fullName;

    public string Namespace { get; } = ns;

    public string Name => AvroNames.SimpleName(FullName);

    public string Kind { get; } = kind;

    public JsonObject Definition { get; } = definition;

    public string SourcePath { get; } = sourcePath;

    /// <summary>Set on the top-level record of the newest version of an event file (e.g. 2 for <c>X.v2.avsc</c>).</summary>
    public int? ContractVersion { get; set; }
}
