using System.Collections.Concurrent;
using Avro;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro;

/// <summary>
/// Finds the schema id a serializer writes: register (auto-register on), the latest version of the subject
/// (use-latest), or a lookup of the compiled schema. Registered and looked-up ids never change, so the caller caches
/// them (<see cref="IdsAreFinal"/>); "latest" moves and is cached here only for
/// <see cref="AvroSerdeOptions.LatestVersionCacheTtl"/>.
/// </summary>
internal sealed class WriterSchemaResolver(ISchemaRegistryClient registry, AvroSerdeOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (int Id, Schema Schema, DateTimeOffset Expires)> _latest = new();

    /// <summary>False with use-latest-version: the id must be resolved again on every call.</summary>
    public bool IdsAreFinal { get; } = !(options.UseLatestVersion && !options.AutoRegisterSchemas);

    /// <summary>The id to write, and the schema to project the value onto when it is not the compiled one.</summary>
    public async ValueTask<(int SchemaId, Schema? ProjectTo)> ResolveAsync(Schema schema, SerializationContext context, CancellationToken cancellationToken)
    {
        var subject = SubjectNames.For(options.SubjectNameStrategy, context, (schema as NamedSchema)?.Fullname);
        if (!IdsAreFinal)
        {
            var latest = await GetLatestAsync(subject, cancellationToken).ConfigureAwait(false);
            var same = SchemaNormalization.ToParsingForm(latest.Schema) == SchemaNormalization.ToParsingForm(schema);
            return (latest.Id, same ? null : latest.Schema);
        }

        var schemaJson = schema.ToString();
        var id = options.AutoRegisterSchemas
            ? await registry.RegisterSchemaAsync(subject, schemaJson, cancellationToken).ConfigureAwait(false)
            : (await registry.LookupSchemaAsync(subject, schemaJson, cancellationToken).ConfigureAwait(false)).Id;
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
}
