using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// Confluent Schema Registry REST client. Ids are immutable, so schema-by-id and id-by-(subject, schema) answers
/// are cached for the life of the process; everything else is asked each time.
/// </summary>
public sealed class SchemaRegistryClient : ISchemaRegistryClient, IDisposable
{
    private readonly HttpClient _http;
    private readonly RegistryHttpTransport _transport;
    private readonly int _maxCached;
    private readonly ConcurrentDictionary<int, string> _schemasById = new();
    private readonly ConcurrentDictionary<(string Subject, string Schema), int> _idsBySchema = new();

    public SchemaRegistryClient(IOptions<SchemaRegistryOptions> options, TimeProvider? timeProvider = null)
        : this(options.Value, RegistryHttpHandlerFactory.Create(options.Value), timeProvider)
    {
    }

    /// <summary>For tests and custom transports: the handler is owned and disposed by the client.</summary>
    public SchemaRegistryClient(SchemaRegistryOptions options, HttpMessageHandler handler, TimeProvider? timeProvider = null)
    {
        // Timeouts are enforced per attempt by the transport, so failover is not cut short by HttpClient's own.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _transport = new RegistryHttpTransport(_http, options, timeProvider ?? TimeProvider.System);
        _maxCached = options.MaxCachedSchemas;
    }

    public async Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default)
    {
        if (_idsBySchema.TryGetValue((subject, schema), out var cached))
        {
            return cached;
        }

        var answer = await _transport.SendAsync(HttpMethod.Post, $"subjects/{Escape(subject)}/versions", SchemaBody(schema), cancellationToken).ConfigureAwait(false);
        var id = Required(answer, "id").GetValue<int>();
        Remember(subject, schema, id);
        return id;
    }

    public async Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default)
    {
        var answer = await _transport.SendAsync(HttpMethod.Post, $"subjects/{Escape(subject)}", SchemaBody(schema), cancellationToken).ConfigureAwait(false);
        var registered = ToRegisteredSchema(answer, subject, schema);
        Remember(subject, schema, registered.Id);
        return registered;
    }

    public async Task<string> GetSchemaByIdAsync(int id, CancellationToken cancellationToken = default)
    {
        if (_schemasById.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var answer = await _transport.SendAsync(HttpMethod.Get, $"schemas/ids/{id}", null, cancellationToken).ConfigureAwait(false);
        var schema = Required(answer, "schema").GetValue<string>();
        Bounded(_schemasById).TryAdd(id, schema);
        return schema;
    }

    public async Task<IReadOnlyList<string>> GetSubjectsAsync(CancellationToken cancellationToken = default)
    {
        var answer = await _transport.SendAsync(HttpMethod.Get, "subjects", null, cancellationToken).ConfigureAwait(false);
        return (answer as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToList();
    }

    public async Task<IReadOnlyList<int>> GetSubjectVersionsAsync(string subject, CancellationToken cancellationToken = default)
    {
        var answer = await _transport.SendAsync(HttpMethod.Get, $"subjects/{Escape(subject)}/versions", null, cancellationToken).ConfigureAwait(false);
        return (answer as JsonArray ?? []).Select(n => n!.GetValue<int>()).ToList();
    }

    public Task<RegisteredSchema> GetSchemaByVersionAsync(string subject, int version, CancellationToken cancellationToken = default) =>
        GetVersionAsync(subject, version.ToString(CultureInfo.InvariantCulture), cancellationToken);

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default) =>
        GetVersionAsync(subject, "latest", cancellationToken);

    public async Task<CompatibilityResult> TestCompatibilityAsync(string subject, string schema, int? version = null, CancellationToken cancellationToken = default)
    {
        var target = version?.ToString(CultureInfo.InvariantCulture) ?? "latest";
        var answer = await _transport.SendAsync(HttpMethod.Post, $"compatibility/subjects/{Escape(subject)}/versions/{target}?verbose=true", SchemaBody(schema), cancellationToken).ConfigureAwait(false);
        var messages = (answer?["messages"] as JsonArray ?? []).Select(n => n?.ToString() ?? "").ToList();
        return new CompatibilityResult(Required(answer, "is_compatible").GetValue<bool>(), messages);
    }

    public async Task<string> GetCompatibilityAsync(string? subject = null, CancellationToken cancellationToken = default)
    {
        var answer = await _transport.SendAsync(HttpMethod.Get, ConfigPath(subject), null, cancellationToken).ConfigureAwait(false);
        return (answer?["compatibilityLevel"] ?? answer?["compatibility"])?.GetValue<string>()
            ?? throw Unexpected("compatibilityLevel");
    }

    public async Task<string> UpdateCompatibilityAsync(string level, string? subject = null, CancellationToken cancellationToken = default)
    {
        var answer = await _transport.SendAsync(HttpMethod.Put, ConfigPath(subject), new JsonObject { ["compatibility"] = level }, cancellationToken).ConfigureAwait(false);
        return answer?["compatibility"]?.GetValue<string>() ?? level;
    }

    public void Dispose() => _http.Dispose();

    private async Task<RegisteredSchema> GetVersionAsync(string subject, string version, CancellationToken cancellationToken)
    {
        var answer = await _transport.SendAsync(HttpMethod.Get, $"subjects/{Escape(subject)}/versions/{version}", null, cancellationToken).ConfigureAwait(false);
        var registered = ToRegisteredSchema(answer, subject, null);
        Bounded(_schemasById).TryAdd(registered.Id, registered.Schema);
        return registered;
    }

    private void Remember(string subject, string schema, int id)
    {
        Bounded(_idsBySchema).TryAdd((subject, schema), id);
        Bounded(_schemasById).TryAdd(id, schema);
    }

    private ConcurrentDictionary<TKey, TValue> Bounded<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache)
        where TKey : notnull
    {
        // Crude but safe bound: every answer can be fetched again, and real deployments hold far fewer schemas.
        if (cache.Count >= _maxCached)
        {
            cache.Clear();
        }

        return cache;
    }

    private static RegisteredSchema ToRegisteredSchema(JsonNode? answer, string subject, string? schema) => new(
        answer?["subject"]?.GetValue<string>() ?? subject,
        Required(answer, "version").GetValue<int>(),
        Required(answer, "id").GetValue<int>(),
        answer?["schema"]?.GetValue<string>() ?? schema ?? throw Unexpected("schema"));

    private static JsonObject SchemaBody(string schema) => new() { ["schema"] = schema };

    private static string ConfigPath(string? subject) => subject is null ? "config" : $"config/{Escape(subject)}";

    private static string Escape(string subject) => Uri.EscapeDataString(subject);

    private static JsonNode Required(JsonNode? answer, string property) => answer?[property] ?? throw Unexpected(property);

    private static SchemaRegistryException Unexpected(string property) =>
        new($"Schema registry answer lacks '{property}'.", null, SchemaRegistryException.NoErrorCode, isTransient: false);
}
