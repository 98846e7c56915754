namespace Hub.Mapping;

/// <summary>A service's validated mappings by name, loaded once at start-up.</summary>
public sealed class MappingCatalog
{
    private readonly Dictionary<string, RecordMapper> _mappers;

    public MappingCatalog(IEnumerable<MappingDefinition> definitions)
    {
        _mappers = definitions.ToDictionary(d => d.Name, d => new RecordMapper(d), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => _mappers.Keys;

    /// <exception cref="MappingValidationException">A file is invalid; the message lists every problem.</exception>
    public static MappingCatalog LoadDirectory(string directory) => new(MappingLoader.LoadDirectory(directory));

    public RecordMapper this[string name] => _mappers.TryGetValue(name, out var mapper)
        ? mapper
        : throw new KeyNotFoundException($"No mapping named '{name}' (loaded: {string.Join(", ", _mappers.Keys)}).");
}
