using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.SchemaRegistry.IntegrationTests.Infrastructure;

/// <summary>Thin HTTP helper speaking the registry's media type; returns status and parsed JSON for assertions.</summary>
internal sealed class RegistryHttpClient(Uri baseAddress) : IDisposable
{
    public const string MediaType = "application/vnd.schemaregistry.v1+json";

    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => baseAddress;

    public Task<Response> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<Response> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<Response> PostAsync(string path, object body, string mediaType = MediaType) => SendAsync(HttpMethod.Post, path, Json(body), mediaType);

    public Task<Response> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, Json(body));

    public Task<Response> PostRawAsync(string path, string body, string mediaType) => SendAsync(HttpMethod.Post, path, body, mediaType);

    public async Task<int> RegisterAsync(string subject, string schema)
    {
        var response = await PostAsync($"/subjects/{subject}/versions", new { schema });
        response.Status.Should().Be(HttpStatusCode.OK, response.Text);
        return response.Json!["id"]!.GetValue<int>();
    }

    public async Task<Response> SendAsync(HttpMethod method, string path, string? body, string mediaType = MediaType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Response(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    public void Dispose() => _http.Dispose();

    private static string Json(object body) => JsonSerializer.Serialize(body);

    public sealed record Response(HttpStatusCode Status, string? ContentType, string Text)
    {
        public JsonNode? Json => Text.Length == 0 ? null : JsonNode.Parse(Text);

        public int ErrorCode => Json!["error_code"]!.GetValue<int>();

        public string Message => Json!["message"]!.GetValue<string>();
    }
}
