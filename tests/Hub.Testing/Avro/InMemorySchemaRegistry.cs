using Avro;
using Hub.Serialization.Avro.Registry;

namespace Hub.Testing.Avro;

/// <summary>
/// A registry fake for serde tests and benchmarks: ids start at 0x0102 so the big-endian header is easy to check.
/// Safe for the pipeline's parallel decoders; an unknown id answers Confluent's 40403 like a real registry.
/// </summary>
public sealed class InMemorySchemaRegistry : ISchemaRegistryClient
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, string> _schemas = [];
    private readonly Dictionary<string, List<(int Id, string Schema)>> _subjects = [];
    private int _nextId = 0x0102;

    public int RegisterCalls { get; private set; }

    public int LookupCalls { get; private set; }

    public int GetByIdCalls { get; private set; }

    public Exception? FailGetById { get; set; }

    /// <summary>Puts a schema under an id without a subject, e.g. to feed a deserializer hand-made bytes.</summary>
    public int Add(string schema)
    {
        lock (_gate)
        {
            var id = _nextId++;
            _schemas[id] = schema;
            return id;
        }
    }

    public int Register(string subject, string schema)
    {
        lock (_gate)
        {
            return RegisterLocked(subject, schema);
        }
    }

    private int RegisterLocked(string subject, string schema)
    {
        var versions = _subjects.TryGetValue(subject, out var list) ? list : _subjects[subject] = [];
        var canonical = SchemaNormalization.ToParsingForm(Schema.Parse(schema));
        var existing = versions.FirstOrDefault(v => SchemaNormalization.ToParsingForm(Schema.Parse(v.Schema)) == canonical);
        if (existing.Schema is not null)
        {
            return existing.Id;
        }

        var id = Add(schema);
        versions.Add((id, schema));
        return id;
    }

    public Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default)
    {
        RegisterCalls++;
        return Task.FromResult(Register(subject, schema));
    }

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default)
    {
        LookupCalls++;
        var versions = _subjects.GetValueOrDefault(subject) ?? throw NotFound(SchemaRegistryException.SubjectNotFound);
        var index = versions.FindIndex(v => v.Schema == schema);
        return index < 0
            ? throw NotFound(SchemaRegistryException.SchemaNotFound)
            : Task.FromResult(new RegisteredSchema(subject, index + 1, versions[index].Id, schema));
    }

    public Task<string> GetSchemaByIdAsync(int id, CancellationToken cancellationToken = default)
    {
        GetByIdCalls++;
        if (FailGetById is not null)
        {
            throw FailGetById;
        }

        lock (_gate)
        {
            return _schemas.TryGetValue(id, out var schema) ? Task.FromResult(schema) : throw NotFound(SchemaRegistryException.SchemaNotFound);
        }
    }

    public Task<IReadOnlyList<string>> GetSubjectsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_subjects.Keys.ToList());

    public Task<IReadOnlyList<int>> GetSubjectVersionsAsync(string subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<int>>(Enumerable.Range(1, _subjects[subject].Count).ToList());

    public Task<RegisteredSchema> GetSchemaByVersionAsync(string subject, int version, CancellationToken cancellationToken = default)
    {
        var (id, schema) = _subjects[subject][version - 1];
        return Task.FromResult(new RegisteredSchema(subject, version, id, schema));
    }

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default) =>
        GetSchemaByVersionAsync(subject, _subjects[subject].Count, cancellationToken);

    public Task<CompatibilityResult> TestCompatibilityAsync(string subject, string schema, int? version = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new CompatibilityResult(true, []));

    public Task<string> GetCompatibilityAsync(string? subject = null, CancellationToken cancellationToken = default) => Task.FromResult("BACKWARD");

    public Task<string> UpdateCompatibilityAsync(string level, string? subject = null, CancellationToken cancellationToken = default) => Task.FromResult(level);

    private static SchemaRegistryException NotFound(int errorCode) =>
        new("not found", System.Net.HttpStatusCode.NotFound, errorCode, isTransient: false);
}
