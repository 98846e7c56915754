using Avro;

namespace Hub.Schemas;

/// <summary>
/// A parsed Avro schema together with the text it came from and its two normal forms.
/// The original text is what a registry hands back; the forms are for identity and fingerprints.
/// </summary>
public sealed class AvroSchemaDocument
{
    private AvroSchemaDocument(string text, Schema schema)
    {
        Text = text;
        Schema = schema;
        ParsingCanonicalForm = AvroCanonicalForm.ToParsingCanonicalForm(schema);
        NormalizedForm = AvroCanonicalForm.ToNormalizedForm(schema);
    }

    /// <summary>The schema text exactly as supplied.</summary>
    public string Text { get; }

    public Schema Schema { get; }

    /// <summary>The Avro specification's Parsing Canonical Form (drops defaults, aliases, logical types, docs).</summary>
    public string ParsingCanonicalForm { get; }

    /// <summary>
    /// Parsing Canonical Form plus the attributes that change how data is resolved (defaults, aliases, enum
    /// defaults, logical types). Two schemas with the same normalized form are interchangeable for a registry.
    /// </summary>
    public string NormalizedForm { get; }

    /// <exception cref="InvalidSchemaException">The text is not JSON or not a valid Avro schema.</exception>
    public static AvroSchemaDocument Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidSchemaException("Invalid schema: the schema text is empty.");
        }

        Schema? schema;
        try
        {
            schema = Schema.Parse(text);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            // Apache.Avro reports bad input with Avro, Newtonsoft and even ArgumentNull exceptions; callers want one type.
            throw new InvalidSchemaException($"Invalid schema: {e.Message}", e);
        }

        // Apache.Avro answers some unknown type names with null instead of an exception.
        return schema is null
            ? throw new InvalidSchemaException("Invalid schema: it names no known Avro type.")
            : new AvroSchemaDocument(text, schema);
    }

    public override string ToString() => NormalizedForm;
}
