using System.Text;
using Hub.Contracts.Generator.Json;
using Hub.Contracts.Generator.Model;

namespace Hub.Contracts.Generator.Emit;

/// <summary>
/// Writes a named type as one self-contained schema: every referenced named type is defined inline at its first
/// use, names are written in full (so no "namespace" keys are needed), everything else is copied as written.
/// That is the form a serializer registers, because the registry accepts no schema references.
/// </summary>
internal sealed class SchemaRenderer(SchemaCatalog catalog)
{
    public string Render(NamedType type, bool sortKeys = false)
    {
        var builder = new StringBuilder();
        var emitted = new HashSet<string>(StringComparer.Ordinal) { type.FullName };
        WriteNamed(builder, type.Definition, type.FullName, type.Namespace, emitted, sortKeys);
        return builder.ToString();
    }

    private void WriteType(StringBuilder builder, JsonNode node, string ns, HashSet<string> emitted, bool sortKeys)
    {
        switch (node)
        {
            case JsonString reference when !AvroNames.IsPrimitive(reference.Value):
                var full = AvroNames.Resolve(reference.Value, ns);
                if (!emitted.Add(full))
                {
                    JsonNode.WriteString(builder, full);
                    break;
                }

                var type = Lookup(full);
                WriteNamed(builder, type.Definition, type.FullName, type.Namespace, emitted, sortKeys);
                break;
            case JsonArray union:
                builder.Append('[');
                for (var i = 0; i < union.Items.Count; i++)
                {
                    builder.Append(i > 0 ? "," : "");
                    WriteType(builder, union.Items[i], ns, emitted, sortKeys);
                }

                builder.Append(']');
                break;
            case JsonObject obj when AvroNames.IsNamedKind(obj.GetString("type")):
                var name = obj.GetString("name") ?? "";
                var typeNs = AvroNames.NamespaceOf(name, obj.GetString("namespace"), ns);
                var fullName = AvroNames.Resolve(AvroNames.SimpleName(name), typeNs);
                if (emitted.Add(fullName))
                {
                    WriteNamed(builder, obj, fullName, typeNs, emitted, sortKeys);
                }
                else
                {
                    JsonNode.WriteString(builder, fullName);
                }

                break;
            case JsonObject obj:
                WriteMembers(builder, obj, sortKeys, (key, value) =>
                {
                    if (key is "items" or "values" || (key == "type" && value is not JsonString))
                    {
                        WriteType(builder, value, ns, emitted, sortKeys);
                        return true;
                    }

                    return false;
                });
                break;
            default:
                node.WriteTo(builder, sortKeys);
                break;
        }
    }

    private void WriteNamed(StringBuilder builder, JsonObject definition, string fullName, string ns, HashSet<string> emitted, bool sortKeys)
    {
        WriteMembers(builder, definition, sortKeys, (key, value) =>
        {
            switch (key)
            {
                case "namespace":
                    return true;
                case "name":
                    JsonNode.WriteString(builder, fullName);
                    return true;
                case "fields" when value is JsonArray fields:
                    builder.Append('[');
                    for (var i = 0; i < fields.Items.Count; i++)
                    {
                        builder.Append(i > 0 ? "," : "");
                        var field = fields.Items[i] as JsonObject ?? throw new SchemaProblemException(GeneratorDiagnostics.UnsupportedId, $"a field of '{fullName}' is not an object");
                        WriteMembers(builder, field, sortKeys, (fieldKey, fieldValue) =>
                        {
                            if (fieldKey != "type")
                            {
                                return false;
                            }

                            WriteType(builder, fieldValue, ns, emitted, sortKeys);
                            return true;
                        });
                    }

                    builder.Append(']');
                    return true;
                default:
                    return false;
            }
        });
    }

    /// <summary>Writes an object; <paramref name="writeValue"/> writes special values itself and returns true, or false to copy.</summary>
    private static void WriteMembers(StringBuilder builder, JsonObject obj, bool sortKeys, Func<string, JsonNode, bool> writeValue)
    {
        IEnumerable<KeyValuePair<string, JsonNode>> members = sortKeys
            ? obj.Members.OrderBy(m => m.Key, StringComparer.Ordinal)
            : obj.Members;
        builder.Append('{');
        var first = true;
        foreach (var member in members)
        {
            if (member.Key == "namespace")
            {
                continue;
            }

            builder.Append(first ? "" : ",");
            first = false;
            JsonNode.WriteString(builder, member.Key);
            builder.Append(':');
            if (!writeValue(member.Key, member.Value))
            {
                member.Value.WriteTo(builder, sortKeys);
            }
        }

        builder.Append('}');
    }

    private NamedType Lookup(string fullName) =>
        catalog.Types.TryGetValue(fullName, out var type)
            ? type
            : throw new SchemaProblemException(GeneratorDiagnostics.UnknownTypeId, $"unknown type '{fullName}'");
}
