using Hub.Contracts.Generator.Json;
using Hub.Contracts.Generator.Model;

namespace Hub.Contracts.Generator.Emit;

/// <summary>
/// Maps Avro types to C#. The value shapes follow what Apache.Avro 1.12 hands to Put and expects from Get:
/// uuid as Guid, timestamp-millis and date as DateTime, decimal as AvroDecimal, enums as their ordinal on read.
/// Combinations the Apache.Avro specific reader cannot fill (logical types inside unions, arrays of enums or of
/// logical types) are refused at build time instead of failing at run time.
/// </summary>
internal sealed class TypeMapper(SchemaCatalog catalog)
{
    private const string Runtime = "global::Hub.Contracts.Generated.AvroLogicalValues";

    public MappedType Map(JsonNode node, string ns, string owner)
    {
        switch (node)
        {
            case JsonString name when AvroNames.IsPrimitive(name.Value):
                return Primitive(name.Value, owner);
            case JsonString reference:
                return Named(Lookup(AvroNames.Resolve(reference.Value, ns)));
            case JsonArray union:
                return Union(union, ns, owner);
            case JsonObject obj:
                return Complex(obj, ns, owner);
            default:
                throw Unsupported(owner, "a type must be a name, a union or an object");
        }
    }

    private MappedType Complex(JsonObject obj, string ns, string owner)
    {
        var kind = obj.GetString("type");
        if (AvroNames.IsNamedKind(kind))
        {
            var name = obj.GetString("name") ?? "";
            var typeNs = AvroNames.NamespaceOf(name, obj.GetString("namespace"), ns);
            return Named(Lookup(AvroNames.Resolve(AvroNames.SimpleName(name), typeNs)));
        }

        var logical = obj.GetString("logicalType");
        switch (kind, logical)
        {
            case ("string", "uuid"):
                return new MappedType("global::System.Guid", true, null, p => p, v => $"{Runtime}.ToGuid({v})");
            case ("long", "timestamp-millis"):
                return new MappedType("global::System.DateTimeOffset", true, null, p => $"{Runtime}.FromTimestamp({p})", v => $"{Runtime}.ToTimestamp({v})");
            case ("int", "date"):
                return new MappedType("global::System.DateOnly", true, null, p => $"{Runtime}.FromDate({p})", v => $"{Runtime}.ToDate({v})");
            case ("bytes", "decimal"):
                var precision = (obj["precision"] as JsonLiteral)?.Raw ?? throw Unsupported(owner, "decimal needs a precision");
                var scale = (obj["scale"] as JsonLiteral)?.Raw ?? "0";
                return new MappedType("decimal", true, null, p => $"{Runtime}.FromDecimal({p}, {precision}, {scale})", v => $"{Runtime}.ToDecimal({v})");
            case ("array", _):
                var item = Map(obj["items"] ?? throw Unsupported(owner, "array needs items"), ns, owner);
                RequireCollectionItem(item, owner);
                return new MappedType(
                    $"global::System.Collections.Generic.IList<{item.TypeName}>",
                    false,
                    $"new global::System.Collections.Generic.List<{item.TypeName}>()",
                    p => p,
                    v => $"(global::System.Collections.Generic.IList<{item.TypeName}>){v}!");
            case ("map", _):
                var value = Map(obj["values"] ?? throw Unsupported(owner, "map needs values"), ns, owner);
                RequireCollectionItem(value, owner);
                return new MappedType(
                    $"global::System.Collections.Generic.IDictionary<string, {value.TypeName}>",
                    false,
                    $"new global::System.Collections.Generic.Dictionary<string, {value.TypeName}>()",
                    p => p,
                    v => $"(global::System.Collections.Generic.IDictionary<string, {value.TypeName}>){v}!");
            case (not null, null) when AvroNames.IsPrimitive(kind!):
                return Primitive(kind!, owner);
            default:
                throw Unsupported(owner, $"type '{kind}' with logicalType '{logical}' is not supported");
        }
    }

    private MappedType Union(JsonArray union, string ns, string owner)
    {
        var branches = union.Items;
        var nullIndex = branches.FindIndex(b => b is JsonString { Value: "null" });
        if (branches.Count != 2 || nullIndex < 0)
        {
            throw Unsupported(owner, "only unions of null and one other type are supported");
        }

        var inner = branches[1 - nullIndex];
        if (inner is JsonObject obj && obj.GetString("logicalType") is not null)
        {
            // Apache.Avro 1.12's specific writer cannot match a logical type to a union branch.
            throw Unsupported(owner, "a logical type inside a union is not supported by Apache.Avro's specific writer");
        }

        var mapped = Map(inner, ns, owner);
        var typeName = mapped.TypeName + "?";
        return mapped.IsValueType
            ? new MappedType(typeName, true, null, p => $"{p}.HasValue ? (object){mapped.ToAvro(p + ".Value")} : null", v => $"{v} is null ? null : {mapped.FromAvro(v)}")
            : new MappedType(typeName, false, null, mapped.ToAvro, v => $"{v} is null ? null : {mapped.FromAvro(v)}");
    }

    private static MappedType Primitive(string name, string owner)
    {
        return name switch
        {
            "boolean" => Simple("bool", true, null),
            "int" => Simple("int", true, null),
            "long" => Simple("long", true, null),
            "float" => Simple("float", true, null),
            "double" => Simple("double", true, null),
            "string" => Simple("string", false, "\"\""),
            "bytes" => Simple("byte[]", false, "global::System.Array.Empty<byte>()"),
            _ => throw Unsupported(owner, $"'{name}' cannot stand alone as a field type"),
        };
    }

    private static MappedType Simple(string typeName, bool isValueType, string? initializer) =>
        new(typeName, isValueType, initializer, p => p, v => $"({typeName}){v}!");

    private static MappedType Named(NamedType type)
    {
        var typeName = $"global::{type.FullName}";
        return type.Kind switch
        {
            "record" => new MappedType(typeName, false, "new()", p => p, v => $"({typeName}){v}!"),
            "enum" => new MappedType(typeName, true, null, p => p, v => $"{Runtime}.ToEnum<{typeName}>({v})"),
            _ => throw Unsupported(type.FullName, $"'{type.Kind}' types are not supported"),
        };
    }

    private static void RequireCollectionItem(MappedType item, string owner)
    {
        // Apache.Avro fills collections with the raw values of its reader, so only types it reads as themselves work.
        if (item.TypeName.EndsWith("?", StringComparison.Ordinal) || (item.IsValueType && item.FromAvro("x") != $"({item.TypeName})x!"))
        {
            throw Unsupported(owner, $"arrays and maps of '{item.TypeName}' are not supported by Apache.Avro's specific reader");
        }
    }

    private NamedType Lookup(string fullName) =>
        catalog.Types.TryGetValue(fullName, out var type)
            ? type
            : throw new SchemaProblemException(GeneratorDiagnostics.UnknownTypeId, $"unknown type '{fullName}'");

    private static SchemaProblemException Unsupported(string owner, string message) =>
        new(GeneratorDiagnostics.UnsupportedId, $"{owner}: {message}");
}
