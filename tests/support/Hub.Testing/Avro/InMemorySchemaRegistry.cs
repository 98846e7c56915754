using System.Collections.Concurrent;
using System.Net;
using Confluent.SchemaRegistry;
using AvroSchema = Avro.Schema;

namespace Hub.Testing.Avro;

/// <summary>
/// A fake of Confluent's <see cref="ISchemaRegistryClient"/> for serde tests and benchmarks: ids start at 0x0102 so
/// the big-endian header is easy to check. Safe for the pipeline's parallel decoders; an unknown id answers
/// Confluent's 40403 like a real registry. Only what Confluent's Avro serdes and the platform call is implemented.
/// </summary>
public sealed class InMemorySchemaRegistry : ISchemaRegistryClient
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, string> _schemas = [];
    private readonly Dictionary<string, List<(int Id, string Schema)>> _subjects = [];

    // Confluent's serdes lean on CachedSchemaRegistryClient's caches (they ask the client on every call), so the
    // fake answers repeated questions from memory as that client does: one parse per schema text, one Schema per id.
    private readonly ConcurrentDictionary<string, string> _canonical = new();
    private readonly ConcurrentDictionary<int, Schema> _byId = new();
    private readonly ConcurrentDictionary<(string Subject, string Schema), int> _registered = new();
    private int _nextId = 0x0102;

    public int RegisterCalls { get; private set; }

    public int LookupCalls { get; private set; }

    public int GetByIdCalls { get; private set; }

    /// <summary>Thrown by every schema-by-id request while set, e.g. a 503 or an <see cref="HttpRequestException"/>.</summary>
    public Exception? FailGetById { get; set; }

    public IEnumerable<KeyValuePair<string, string>> Config { get; } = [];

    public IAuthenticationHeaderValueProvider AuthHeaderProvider => null!;

    public IWebProxy Proxy => null!;

    public int MaxCachedSchemas => 1000;

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

    /// <summary>Puts a schema carrying data-contract rules or references under an id, as a registry returns it.</summary>
    public int Add(string schema, RuleSet? rules, List<SchemaReference>? references = null)
    {
        var id = Add(schema);
        _byId[id] = new Schema(schema, references ?? [], SchemaType.Avro, null, rules);
        return id;
    }

    public int Register(string subject, string schema)
    {
        lock (_gate)
        {
            var versions = _subjects.TryGetValue(subject, out var list) ? list : _subjects[subject] = [];
            var canonical = Canonical(schema);
            var existing = versions.FirstOrDefault(v => Canonical(v.Schema) == canonical);
            if (existing.Schema is not null)
            {
                return existing.Id;
            }

            var id = Add(schema);
            versions.Add((id, schema));
            return id;
        }
    }

    public Task<int> RegisterSchemaAsync(string subject, Schema schema, bool normalize = false)
    {
        if (_registered.TryGetValue((subject, schema.SchemaString), out var known))
        {
            return Task.FromResult(known);
        }

        RegisterCalls++;
        var id = Register(subject, schema.SchemaString);
        _registered[(subject, schema.SchemaString)] = id;
        return Task.FromResult(id);
    }

    public Task<int> RegisterSchemaAsync(string subject, string avroSchema, bool normalize = false) =>
        RegisterSchemaAsync(subject, new Schema(avroSchema, SchemaType.Avro), normalize);

    public async Task<RegisteredSchema> RegisterSchemaWithResponseAsync(string subject, Schema schema, bool normalize = false)
    {
        await RegisterSchemaAsync(subject, schema, normalize);
        return await LookupSchemaAsync(subject, schema, ignoreDeletedSchemas: true);
    }

    public async Task<int> GetSchemaIdAsync(string subject, string avroSchema, bool normalize = false) =>
        (await LookupSchemaAsync(subject, new Schema(avroSchema, SchemaType.Avro), ignoreDeletedSchemas: true, normalize)).Id;

    public async Task<int> GetSchemaIdAsync(string subject, Schema schema, bool normalize = false) =>
        (await LookupSchemaAsync(subject, schema, ignoreDeletedSchemas: true, normalize)).Id;

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, Schema schema, bool ignoreDeletedSchemas, bool normalize = false)
    {
        LookupCalls++;
        lock (_gate)
        {
            var versions = _subjects.GetValueOrDefault(subject) ?? throw NotFound(40401);
            var canonical = Canonical(schema.SchemaString);
            var index = versions.FindIndex(v => Canonical(v.Schema) == canonical);
            return index < 0 ? throw NotFound(40403) : Task.FromResult(Registered(subject, index + 1, versions[index]));
        }
    }

    public Task<Schema> GetSchemaAsync(int id, string? format = null)
    {
        GetByIdCalls++;
        if (FailGetById is not null)
        {
            throw FailGetById;
        }

        if (_byId.TryGetValue(id, out var cached))
        {
            return Task.FromResult(cached);
        }

        lock (_gate)
        {
            return _schemas.TryGetValue(id, out var schema)
                ? Task.FromResult(_byId.GetOrAdd(id, _ => new Schema(schema, SchemaType.Avro)))
                : throw NotFound(40403);
        }
    }

    public Task<Schema> GetSchemaBySubjectAndIdAsync(string subject, int id, string? format = null) => GetSchemaAsync(id, format);

    public Task<Schema> GetSchemaByGuidAsync(string guid, string? format = null) => throw new NotSupportedException();

    public Task<RegisteredSchema> GetRegisteredSchemaAsync(string subject, int version, bool ignoreDeletedSchemas = true)
    {
        lock (_gate)
        {
            var versions = _subjects.GetValueOrDefault(subject) ?? throw NotFound(40401);
            return version < 1 || version > versions.Count
                ? throw NotFound(40402)
                : Task.FromResult(Registered(subject, version, versions[version - 1]));
        }
    }

    [Obsolete("Superseded by GetRegisteredSchemaAsync in Confluent's interface.")]
    public async Task<string> GetSchemaAsync(string subject, int version) => (await GetRegisteredSchemaAsync(subject, version)).SchemaString;

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject)
    {
        lock (_gate)
        {
            var versions = _subjects.GetValueOrDefault(subject) ?? throw NotFound(40401);
            return GetRegisteredSchemaAsync(subject, versions.Count);
        }
    }

    public Task<RegisteredSchema> GetLatestWithMetadataAsync(string subject, IDictionary<string, string> metadata, bool ignoreDeletedSchemas) =>
        throw new NotSupportedException();

    public Task<List<string>> GetAllSubjectsAsync()
    {
        lock (_gate)
        {
            return Task.FromResult(_subjects.Keys.ToList());
        }
    }

    public Task<List<int>> GetSubjectVersionsAsync(string subject)
    {
        lock (_gate)
        {
            var versions = _subjects.GetValueOrDefault(subject) ?? throw NotFound(40401);
            return Task.FromResult(Enumerable.Range(1, versions.Count).ToList());
        }
    }

    public Task<bool> IsCompatibleAsync(string subject, string avroSchema) => Task.FromResult(true);

    public Task<bool> IsCompatibleAsync(string subject, Schema schema) => Task.FromResult(true);

    [Obsolete("Subject naming belongs to the serializer config in Confluent's interface.")]
    public string ConstructKeySubjectName(string topic, string? recordType = null) => $"{topic}-key";

    [Obsolete("Subject naming belongs to the serializer config in Confluent's interface.")]
    public string ConstructValueSubjectName(string topic, string? recordType = null) => $"{topic}-value";

    public Task<Compatibility> GetCompatibilityAsync(string? subject = null) => Task.FromResult(Compatibility.Backward);

    public Task<Compatibility> UpdateCompatibilityAsync(Compatibility compatibility, string? subject = null) => Task.FromResult(compatibility);

    public Task<List<Association>> GetAssociationsByResourceNameAsync(string resourceName, string resourceNamespace, string resourceType, List<string> associationTypes, string lifecycle, int offset, int limit) =>
        Task.FromResult(new List<Association>());

    public Task<AssociationResponse> CreateAssociationAsync(AssociationCreateOrUpdateRequest request) => throw new NotSupportedException();

    public Task DeleteAssociationsAsync(string resourceId, string resourceType, List<string> associationTypes, bool cascadeLifecycle) =>
        throw new NotSupportedException();

    public void ClearLatestCaches()
    {
    }

    public void ClearCaches()
    {
    }

    public void Dispose()
    {
    }

    private string Canonical(string schema) => _canonical.GetOrAdd(schema, text => AvroSchema.Parse(text).ToString());

    private static RegisteredSchema Registered(string subject, int version, (int Id, string Schema) entry) =>
        new(subject, version, entry.Id, entry.Schema, SchemaType.Avro, []);

    private static SchemaRegistryException NotFound(int errorCode) => new("not found", HttpStatusCode.NotFound, errorCode);
}
