using System.Reflection;
using Avro;

namespace Hub.Schemas;

/// <summary>Name and alias helpers over Apache.Avro's object model.</summary>
internal static class AvroNames
{
    // Apache.Avro 1.12 parses and resolves named-type aliases but keeps them in a non-public field;
    // reading it avoids re-implementing namespace resolution for aliases.
    private static readonly FieldInfo? AliasesField =
        typeof(NamedSchema).GetField("aliases", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    /// <summary>Full names of a named type's aliases, resolved against its namespace.</summary>
    public static IReadOnlyList<string> Aliases(NamedSchema schema)
    {
        if (AliasesField?.GetValue(schema) is not IEnumerable<SchemaName> names)
        {
            return [];
        }

        return names.Select(n => n.Fullname).ToList();
    }

    /// <summary>The spec's rule: a reader named type matches a writer one by full name or by one of the reader's aliases.</summary>
    public static bool Matches(NamedSchema reader, NamedSchema writer) =>
        reader.Fullname == writer.Fullname || Aliases(reader).Contains(writer.Fullname);

    public static string Describe(Schema schema) => schema switch
    {
        LogicalSchema logical => $"{logical.LogicalTypeName} ({Describe(logical.BaseSchema)})",
        NamedSchema named => $"{Schema.GetTypeString(named.Tag)} {named.Fullname}",
        UnionSchema union => $"union [{string.Join(", ", union.Schemas.Select(Describe))}]",
        ArraySchema array => $"array of {Describe(array.ItemSchema)}",
        MapSchema map => $"map of {Describe(map.ValueSchema)}",
        _ => Schema.GetTypeString(schema.Tag),
    };
}
