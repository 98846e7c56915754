using System.Text.Json;
using Hub.SchemaRegistry.Domain;

namespace Hub.SchemaRegistry.Api;

/// <summary>
/// Reads JSON request bodies in any of the media types Confluent clients send (including none at all),
/// with Confluent-style errors instead of ASP.NET's defaults.
/// </summary>
internal static class RequestBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly HashSet<string> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/json",
        "application/vnd.schemaregistry.v1+json",
        "application/vnd.schemaregistry+json",
        "application/octet-stream",
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(mediaType) && !Accepted.Contains(mediaType))
        {
            throw new RegistryException(415, 415, $"HTTP 415 Unsupported Media Type: '{mediaType}'; send application/vnd.schemaregistry.v1+json or application/json");
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted)
                ?? throw RegistryErrors.BadRequest("The request body is empty.");
        }
        catch (JsonException e)
        {
            throw RegistryErrors.BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }
}
