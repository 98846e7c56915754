using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// Sends one registry request with failover and retries. A 4xx is the registry's answer and ends the call at once;
/// a 5xx, a timeout or a connection failure moves on to the next base URL, and after a full round over all URLs
/// waits (exponential backoff) and goes round again. The URL that answered last is tried first next time.
/// </summary>
internal sealed class RegistryHttpTransport
{
    private const string MediaType = "application/vnd.schemaregistry.v1+json";

    private readonly HttpClient _http;
    private readonly SchemaRegistryOptions _options;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<Uri> _baseUris;
    private readonly AuthenticationHeaderValue? _auth;
    private int _preferred;

    public RegistryHttpTransport(HttpClient http, SchemaRegistryOptions options, TimeProvider time)
    {
        _http = http;
        _options = options;
        _time = time;
        _baseUris = options.GetBaseUris();
        if (_baseUris.Count == 0)
        {
            throw new ArgumentException("SchemaRegistry:Url names no registry.", nameof(options));
        }

        if (!string.IsNullOrEmpty(options.BasicAuthUserInfo))
        {
            _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.BasicAuthUserInfo)));
        }
    }

    public async Task<JsonNode?> SendAsync(HttpMethod method, string relativePath, JsonNode? body, CancellationToken cancellationToken)
    {
        Exception? lastFailure = null;
        for (var round = 0; round <= _options.MaxRetries; round++)
        {
            if (round > 0)
            {
                await Task.Delay(Backoff(round), _time, cancellationToken).ConfigureAwait(false);
            }

            var start = Volatile.Read(ref _preferred);
            for (var i = 0; i < _baseUris.Count; i++)
            {
                var index = (start + i) % _baseUris.Count;
                try
                {
                    var result = await SendOnceAsync(_baseUris[index], method, relativePath, body, cancellationToken).ConfigureAwait(false);
                    Volatile.Write(ref _preferred, index);
                    return result;
                }
                catch (SchemaRegistryException ex) when (ex.IsTransient)
                {
                    lastFailure = ex;
                }
            }
        }

        throw new SchemaRegistryException(
            $"Schema registry unavailable for {method} {relativePath}: {lastFailure?.Message}",
            (lastFailure as SchemaRegistryException)?.StatusCode,
            (lastFailure as SchemaRegistryException)?.ErrorCode ?? SchemaRegistryException.NoErrorCode,
            isTransient: true,
            lastFailure);
    }

    private async Task<JsonNode?> SendOnceAsync(Uri baseUri, HttpMethod method, string relativePath, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, relativePath));
        request.Headers.Accept.ParseAdd(MediaType);
        request.Headers.Authorization = _auth;
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, MediaType);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SchemaRegistryException($"{baseUri}: {ex.Message}", null, SchemaRegistryException.NoErrorCode, isTransient: true, ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return text.Length == 0 ? null : JsonNode.Parse(text);
            }

            var (errorCode, message) = ParseError(text);
            var transient = (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout || response.StatusCode == HttpStatusCode.TooManyRequests;
            throw new SchemaRegistryException(
                $"Schema registry {baseUri} answered {(int)response.StatusCode} to {method} {relativePath}: {message}",
                response.StatusCode,
                errorCode,
                transient);
        }
    }

    private TimeSpan Backoff(int round)
    {
        var ticks = _options.RetryBackoff.Ticks * Math.Pow(2, round - 1);
        return TimeSpan.FromTicks((long)Math.Min(ticks, _options.MaxRetryBackoff.Ticks));
    }

    private static (int ErrorCode, string Message) ParseError(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is JsonObject error)
            {
                var code = error["error_code"]?.GetValue<int>() ?? SchemaRegistryException.NoErrorCode;
                return (code, error["message"]?.GetValue<string>() ?? text);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Proxies answer with HTML; the status code alone must do.
        }

        return (SchemaRegistryException.NoErrorCode, text.Length > 200 ? text[..200] : text);
    }
}
