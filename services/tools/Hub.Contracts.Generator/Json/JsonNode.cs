using System.Text;

namespace Hub.Contracts.Generator.Json;

/// <summary>
/// Just enough JSON for .avsc files. The generator cannot use System.Text.Json (netstandard2.0 analyzers cannot
/// bring package dependencies without extra packaging), and schemas are small.
/// </summary>
internal abstract class JsonNode
{
    public abstract void WriteTo(StringBuilder builder, bool sortKeys);

    public string ToJson(bool sortKeys = false)
    {
        var builder = new StringBuilder();
        WriteTo(builder, sortKeys);
        return builder.ToString();
    }

    internal static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

internal sealed class JsonObject : JsonNode
{
    public List<KeyValuePair<string, JsonNode>> Members { get; } = new();

    public JsonNode? this[string key]
    {
        get
        {
            foreach (var member in Members)
            {
                if (member.Key == key)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    public string? GetString(string key) => (this[key] as JsonString)?.Value;

    public override void WriteTo(StringBuilder builder, bool sortKeys)
    {
        var members = sortKeys ? Members.OrderBy(m => m.Key, StringComparer.Ordinal).ToList() : Members;
        builder.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            WriteString(builder, members[i].Key);
            builder.Append(':');
            members[i].Value.WriteTo(builder, sortKeys);
        }

        builder.Append('}');
    }
}

internal sealed class JsonArray : JsonNode
{
    public List<JsonNode> Items { get; } = new();

    public override void WriteTo(StringBuilder builder, bool sortKeys)
    {
        builder.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            Items[i].WriteTo(builder, sortKeys);
        }

        builder.Append(']');
    }
}

internal sealed class JsonString(string value) : JsonNode
{
    public string Value { get; } = value;

    public override void WriteTo(StringBuilder builder, bool sortKeys) => WriteString(builder, Value);
}

/// <summary>Numbers, true, false and null, kept as written so defaults round-trip exactly.</summary>
internal sealed class JsonLiteral(string raw) : JsonNode
{
    public string Raw { get; } = raw;

    public override void WriteTo(StringBuilder builder, bool sortKeys) => builder.Append(Raw);
}
