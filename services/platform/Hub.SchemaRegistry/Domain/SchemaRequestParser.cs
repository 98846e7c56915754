using Hub.SchemaRegistry.Api;
using Hub.Schemas;

namespace Hub.SchemaRegistry.Domain;

/// <summary>Turns a request body into a parsed schema, with Confluent's 42201 for everything unusable.</summary>
internal static class SchemaRequestParser
{
    public static AvroSchemaDocument Parse(RegisterSchemaRequest request, bool normalize)
    {
        if (request.SchemaType is { } type && !string.Equals(type, "AVRO", StringComparison.OrdinalIgnoreCase))
        {
            throw RegistryErrors.UnsupportedSchemaType(type);
        }

        if (request.HasReferences)
        {
            throw RegistryErrors.InvalidSchema("Invalid schema: schema references are not supported by this registry; inline the referenced named types.");
        }

        if (request.Schema is null)
        {
            throw RegistryErrors.InvalidSchema("Invalid schema: the request body has no \"schema\" field.");
        }

        try
        {
            var document = AvroSchemaDocument.Parse(request.Schema);

            // Confluent's normalize=true stores the normalized text instead of the submitted one.
            return normalize ? AvroSchemaDocument.Parse(document.NormalizedForm) : document;
        }
        catch (InvalidSchemaException e)
        {
            throw RegistryErrors.InvalidSchema(e.Message);
        }
    }
}
