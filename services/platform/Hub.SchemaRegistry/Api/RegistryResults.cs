using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.SchemaRegistry.Domain;

namespace Hub.SchemaRegistry.Api;

/// <summary>Responses in Confluent's media type, with Confluent's field names.</summary>
internal static class RegistryResults
{
    public const string ContentType = "application/vnd.schemaregistry.v1+json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Not HTML: keep schema text readable ("\"" rather than "\u0022"), as Confluent's responses are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IResult Json(object value) => Results.Json(value, Options, ContentType);

    /// <summary>A schema's own JSON text, sent as-is rather than as a JSON string.</summary>
    public static IResult RawSchema(string schema) => Results.Text(schema, ContentType);

    public static IResult Error(RegistryException error) =>
        Results.Json(new ErrorBody(error.ErrorCode, error.Message), Options, ContentType, error.Status);

    public static Task WriteErrorAsync(HttpContext context, RegistryException error)
    {
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = ContentType;
        return JsonSerializer.SerializeAsync(context.Response.Body, new ErrorBody(error.ErrorCode, error.Message), Options, context.RequestAborted);
    }

    private sealed record ErrorBody([property: JsonPropertyName("error_code")] int ErrorCode, string Message);
}
