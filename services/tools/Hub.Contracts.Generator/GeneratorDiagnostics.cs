using Microsoft.CodeAnalysis;

namespace Hub.Contracts.Generator;

internal static class GeneratorDiagnostics
{
    public const string InvalidJsonId = "HUBAVRO001";
    public const string ConflictingDefinitionId = "HUBAVRO002";
    public const string UnsupportedId = "HUBAVRO003";
    public const string UnknownTypeId = "HUBAVRO004";

    private const string Category = "Hub.Contracts.Generator";

    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = new()
    {
        [InvalidJsonId] = Create(InvalidJsonId, "Schema file is not valid JSON"),
        [ConflictingDefinitionId] = Create(ConflictingDefinitionId, "Copies of a shared Avro type differ"),
        [UnsupportedId] = Create(UnsupportedId, "Avro construct not supported by the contract generator"),
        [UnknownTypeId] = Create(UnknownTypeId, "Avro schema references an unknown type"),
    };

    public static DiagnosticDescriptor Get(string id) => Descriptors[id];

    private static DiagnosticDescriptor Create(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
