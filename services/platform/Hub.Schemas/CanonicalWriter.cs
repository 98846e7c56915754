using System.Globalization;
using System.Text;
using Avro;
using Newtonsoft.Json;

namespace Hub.Schemas;

/// <summary>
/// Writes a schema following the specification's canonical-form transformations: full names, primitives as bare
/// strings, fixed attribute order (name, type, fields, symbols, items, values, size), no whitespace, unescaped strings.
/// </summary>
internal sealed class CanonicalWriter(bool keepResolutionAttributes)
{
    private readonly StringBuilder _out = new();
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public string Write(Schema schema)
    {
        WriteSchema(schema, logical: null);
        return _out.ToString();
    }

    private void WriteSchema(Schema schema, LogicalSchema? logical)
    {
        switch (schema)
        {
            case LogicalSchema l:
                WriteSchema(l.BaseSchema, keepResolutionAttributes ? l : null);
                break;
            case NamedSchema named when _written.Contains(named.Fullname):
                // Later occurrences of a named type are references by full name, as the spec requires.
                WriteString(named.Fullname);
                break;
            case RecordSchema record:
                _written.Add(record.Fullname);
                StartNamed(record, "record");
                _out.Append(",\"fields\":[");
                for (var i = 0; i < record.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        _out.Append(',');
                    }

                    WriteField(record.Fields[i]);
                }

                _out.Append(']');
                EndNamed(record, logical);
                break;
            case EnumSchema enumSchema:
                _written.Add(enumSchema.Fullname);
                StartNamed(enumSchema, "enum");
                _out.Append(",\"symbols\":[");
                _out.AppendJoin(',', enumSchema.Symbols.Select(Quote));
                _out.Append(']');
                if (keepResolutionAttributes && enumSchema.Default is not null)
                {
                    _out.Append(",\"default\":").Append(Quote(enumSchema.Default));
                }

                EndNamed(enumSchema, logical);
                break;
            case FixedSchema fixedSchema:
                _written.Add(fixedSchema.Fullname);
                StartNamed(fixedSchema, "fixed");
                _out.Append(",\"size\":").Append(fixedSchema.Size.ToString(CultureInfo.InvariantCulture));
                EndNamed(fixedSchema, logical);
                break;
            case ArraySchema array:
                _out.Append("{\"type\":\"array\",\"items\":");
                WriteSchema(array.ItemSchema, null);
                _out.Append('}');
                break;
            case MapSchema map:
                _out.Append("{\"type\":\"map\",\"values\":");
                WriteSchema(map.ValueSchema, null);
                _out.Append('}');
                break;
            case UnionSchema union:
                _out.Append('[');
                for (var i = 0; i < union.Schemas.Count; i++)
                {
                    if (i > 0)
                    {
                        _out.Append(',');
                    }

                    WriteSchema(union.Schemas[i], null);
                }

                _out.Append(']');
                break;
            default:
                WritePrimitive(schema, logical);
                break;
        }
    }

    private void WritePrimitive(Schema schema, LogicalSchema? logical)
    {
        var type = Quote(Schema.GetTypeString(schema.Tag));
        if (logical is null)
        {
            _out.Append(type);
            return;
        }

        _out.Append("{\"type\":").Append(type);
        WriteLogical(logical);
        _out.Append('}');
    }

    private void StartNamed(NamedSchema schema, string type) =>
        _out.Append("{\"name\":").Append(Quote(schema.Fullname)).Append(",\"type\":").Append(Quote(type));

    private void EndNamed(NamedSchema schema, LogicalSchema? logical)
    {
        if (keepResolutionAttributes)
        {
            var aliases = AvroNames.Aliases(schema).Order(StringComparer.Ordinal).ToList();
            if (aliases.Count > 0)
            {
                _out.Append(",\"aliases\":[").AppendJoin(',', aliases.Select(Quote)).Append(']');
            }

            if (logical is not null)
            {
                WriteLogical(logical);
            }
        }

        _out.Append('}');
    }

    private void WriteField(Field field)
    {
        _out.Append("{\"name\":").Append(Quote(field.Name)).Append(",\"type\":");
        WriteSchema(field.Schema, null);
        if (keepResolutionAttributes)
        {
            if (field.DefaultValue is not null)
            {
                _out.Append(",\"default\":").Append(field.DefaultValue.ToString(Formatting.None));
            }

            if (field.Aliases is { Count: > 0 })
            {
                _out.Append(",\"aliases\":[").AppendJoin(',', field.Aliases.Order(StringComparer.Ordinal).Select(Quote)).Append(']');
            }
        }

        _out.Append('}');
    }

    private void WriteLogical(LogicalSchema logical)
    {
        _out.Append(",\"logicalType\":").Append(Quote(logical.LogicalTypeName));
        foreach (var property in LogicalTypes.ParameterNames)
        {
            var value = logical.GetProperty(property);
            if (value is not null)
            {
                _out.Append(",\"").Append(property).Append("\":").Append(value);
            }
        }
    }

    /// <summary>JSON string with only the escapes JSON demands, per the spec's STRINGS rule.</summary>
    internal static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                '\b' => sb.Append("\\b"),
                '\f' => sb.Append("\\f"),
                < ' ' => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    private void WriteString(string value) => _out.Append(Quote(value));
}
