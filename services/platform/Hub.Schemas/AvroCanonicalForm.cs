using Avro;

namespace Hub.Schemas;

/// <summary>Normal forms of Avro schemas, written from the Avro specification's Parsing Canonical Form rules.</summary>
public static class AvroCanonicalForm
{
    /// <summary>Parsing Canonical Form exactly as the specification defines it.</summary>
    public static string ToParsingCanonicalForm(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new CanonicalWriter(keepResolutionAttributes: false).Write(schema);
    }

    /// <summary>
    /// Parsing Canonical Form that keeps defaults, aliases, enum defaults and logical types, because
    /// schemas differing in those are not interchangeable (compatibility and decoding depend on them).
    /// The result is itself a valid Avro schema.
    /// </summary>
    public static string ToNormalizedForm(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new CanonicalWriter(keepResolutionAttributes: true).Write(schema);
    }
}
