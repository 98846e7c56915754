namespace Hub.Mapping;

/// <summary>One validated mapping file: which systems and entity it connects, its field rules and value maps.</summary>
public sealed record MappingDefinition(
    string Name,
    string SourceFile,
    string? Description,
    string SourceSystem,
    string TargetSystem,
    string Entity,
    IReadOnlyList<FieldMapping> Fields,
    IReadOnlyDictionary<string, ValueMapTable> ValueMaps);
