using Confluent.SchemaRegistry;
using AvroSchema = Avro.Schema;

namespace Hub.Serialization.Avro;

/// <summary>What the cached serde paths ask of a registered schema before they repeat Confluent's work from a cache.</summary>
internal static class RegisteredSchemas
{
    /// <summary>
    /// The schema registered under <paramref name="schemaId"/> (through Confluent's client; the subject, where
    /// known, is the one Confluent's deserializer asked with, so the answer comes from the client's cache), parsed as Avro, when it has no references and no rules (domain, migration or
    /// encoding rules would make Confluent's serde do more than write or read the body); null otherwise.
    /// </summary>
    public static async ValueTask<AvroSchema?> PlainAvroAsync(ISchemaRegistryClient registry, string? subject, int schemaId)
    {
        var registered = await registry.GetSchemaBySubjectAndIdAsync(subject, schemaId).ConfigureAwait(false);
        if (registered.SchemaType != SchemaType.Avro
            || registered.References is { Count: > 0 }
            || registered.RuleSet is { } rules && (Any(rules.DomainRules) || Any(rules.MigrationRules) || Any(rules.EncodingRules)))
        {
            return null;
        }

        return AvroSchema.Parse(registered.SchemaString);
    }

    /// <summary>True when the registered schema is plain Avro and writes exactly as <paramref name="compiled"/> does.</summary>
    public static async ValueTask<bool> IsPlainAvroAsync(ISchemaRegistryClient registry, string? subject, int schemaId, AvroSchema compiled)
    {
        var registered = await PlainAvroAsync(registry, subject, schemaId).ConfigureAwait(false);
        return registered is not null
            && string.Equals(
                global::Avro.SchemaNormalization.ToParsingForm(registered),
                global::Avro.SchemaNormalization.ToParsingForm(compiled),
                StringComparison.Ordinal);
    }

    private static bool Any(IList<Rule>? rules) => rules is { Count: > 0 };
}
