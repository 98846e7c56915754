using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hub.Deploy.UnitTests.Support;

/// <summary>
/// The part of JSON Schema (draft-07) that helm/hub/values.schema.json uses: type, properties, required,
/// additionalProperties, items, enum, minimum, maximum, minLength, pattern and local $ref. Any other keyword in the
/// schema is reported as unsupported, so the schema cannot silently outgrow the validator.
/// </summary>
public sealed class JsonSchemaValidator(JsonObject root)
{
    private static readonly HashSet<string> Supported =
    [
        "$schema", "title", "description", "type", "properties", "required", "additionalProperties", "items", "enum",
        "minimum", "maximum", "minLength", "pattern", "$ref", "definitions",
    ];

    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        foreach (var keyword in schema.Select(p => p.Key).Where(k => !Supported.Contains(k)))
        {
            errors.Add($"{path}: schema keyword '{keyword}' is not supported by the test validator");
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            Check(Resolve(reference), value, path, errors);
            return;
        }

        if (schema["type"]?.GetValue<string>() is { } type && !HasType(value, type))
        {
            errors.Add($"{path}: expected {type}, got {Describe(value)}");
            return;
        }

        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not one of {options.ToJsonString()}");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(schema, obj, path, errors);
                break;
            case JsonArray array when schema["items"] is JsonObject items:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(items, array[i], $"{path}[{i}]", errors);
                }

                break;
            case JsonValue scalar:
                CheckScalar(schema, scalar, path, errors);
                break;
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string path, List<string> errors)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).Where(r => !obj.ContainsKey(r)))
        {
            errors.Add($"{path}: '{required}' is required");
        }

        foreach (var (key, child) in obj)
        {
            if (properties?[key] is JsonObject propertySchema)
            {
                Check(propertySchema, child, $"{path}.{key}", errors);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(additional, child, $"{path}.{key}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
            {
                errors.Add($"{path}: unknown property '{key}'");
            }
        }
    }

    private static void CheckScalar(JsonObject schema, JsonValue scalar, string path, List<string> errors)
    {
        if (scalar.TryGetValue<string>(out var text))
        {
            if (schema["minLength"]?.GetValue<int>() is { } minLength && text.Length < minLength)
            {
                errors.Add($"{path}: shorter than {minLength}");
            }

            if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{path}: '{text}' does not match {pattern}");
            }
        }
        else if (scalar.GetValueKind() == JsonValueKind.Number)
        {
            var number = scalar.GetValue<double>();
            if (schema["minimum"]?.GetValue<double>() is { } minimum && number < minimum)
            {
                errors.Add($"{path}: {number} is below {minimum}");
            }

            if (schema["maximum"]?.GetValue<double>() is { } maximum && number > maximum)
            {
                errors.Add($"{path}: {number} is above {maximum}");
            }
        }
    }

    private JsonObject Resolve(string reference) =>
        reference.StartsWith("#/definitions/", StringComparison.Ordinal) && root["definitions"]?[reference["#/definitions/".Length..]] is JsonObject target
            ? target
            : throw new NotSupportedException($"Only local #/definitions references are supported, not {reference}.");

    private static bool HasType(JsonNode? value, string type) => (type, value) switch
    {
        ("object", JsonObject) => true,
        ("array", JsonArray) => true,
        ("string", JsonValue v) => v.GetValueKind() == JsonValueKind.String,
        ("boolean", JsonValue v) => v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ("number", JsonValue v) => v.GetValueKind() == JsonValueKind.Number,
        ("integer", JsonValue v) => v.GetValueKind() == JsonValueKind.Number && Math.Abs(v.GetValue<double>() % 1) < double.Epsilon,
        ("null", null) => true,
        _ => false,
    };

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v => $"{v.GetValueKind().ToString().ToLowerInvariant()} {v.ToJsonString()}",
        _ => value.GetType().Name,
    };
}
