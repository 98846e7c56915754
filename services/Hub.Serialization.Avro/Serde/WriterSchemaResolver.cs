using System.Collections.Concurrent;
using Avro;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro;

/// <summary>
/// Finds the schema id a serializer writes: register (auto-register on), the latest version of the subject
/// (use-latest), or a lookup of the compiled schema. Ids are cached per (subject, schema); "latest" only for
/// <see cref="AvroSerdeOptions.LatestVersionCacheTtl"/> because it moves.
/// </summary>
internal sealed class WriterSchemaResolver(ISchemaRegistryClient registry, AvroSerdeOptions options, TimeProvider time)
{
    // The schema text is the serializer's own cached instance, so it is compared by reference: hashing a
    // multi-kilobyte schema on every call cost more than the encoding itself.
    private readonly ConcurrentDictionary<(string Subject, string Schema), int> _ids = new(SubjectAndSchemaComparer.Instance);
    private readonly ConcurrentDictionary<string, (int Id, Schema Schema, DateTimeOffset Expires)> _latest = new();

    /// <summary>The id to write, and the schema to project the value onto when it is not the compiled one.</summary>
    public async ValueTask<(int SchemaId, Schema? ProjectTo)> ResolveAsync(Schema schema, string schemaJson, SerializationContext context, CancellationToken cancellationToken)
    {
        var subject = SubjectNames.For(options.SubjectNameStrategy, context, (schema as NamedSchema)?.Fullname);
        if (options.UseLatestVersion && !options.AutoRegisterSchemas)
        {
            var latest = await GetLatestAsync(subject, cancellationToken).ConfigureAwait(false);
            var same = SchemaNormalization.ToParsingForm(latest.Schema) == SchemaNormalization.ToParsingForm(schema);
            return (latest.Id, same ? null : latest.Schema);
        }

        if (_ids.TryGetValue((subject, schemaJson), out var cached))
        {
            return (cached, null);
        }

        var id = options.AutoRegisterSchemas
            ? await registry.RegisterSchemaAsync(subject, schemaJson, cancellationToken).ConfigureAwait(false)
            : (await registry.LookupSchemaAsync(subject, schemaJson, cancellationToken).ConfigureAwait(false)).Id;
        _ids.TryAdd((subject, schemaJson), id);
        return (id, null);
    }

    private async ValueTask<(int Id, Schema Schema)> GetLatestAsync(string subject, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_latest.TryGetValue(subject, out var cached) && cached.Expires > now)
        {
            return (cached.Id, cached.Schema);
        }

        var latest = await registry.GetLatestSchemaAsync(subject, cancellationToken).ConfigureAwait(false);
        var parsed = Schema.Parse(latest.Schema);
        _latest[subject] = (latest.Id, parsed, now + options.LatestVersionCacheTtl);
        return (latest.Id, parsed);
    }

    private sealed class SubjectAndSchemaComparer : IEqualityComparer<(string Subject, string Schema)>
    {
        public static readonly SubjectAndSchemaComparer Instance = new();

        public bool Equals((string Subject, string Schema) x, (string Subject, string Schema) y) =>
            string.Equals(x.Subject, y.Subject, StringComparison.Ordinal) && (ReferenceEquals(x.Schema, y.Schema) || string.Equals(x.Schema, y.Schema, StringComparison.Ordinal));

        public int GetHashCode((string Subject, string Schema) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Subject), obj.Schema.Length);
    }
}
