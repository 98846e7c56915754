using System.Collections.Concurrent;
using System.Net;

namespace Shop.Connector.IntegrationTests;

/// <summary>
/// A webhook receiver on 127.0.0.1 that keeps every request's raw body and headers and answers 200: what the
/// sandbox puts on the wire, before any connector code reads it. Stopped on dispose.
/// </summary>
internal sealed class WebhookCapture : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(byte[] Body, IReadOnlyDictionary<string, string> Headers)> _received = new();

    private WebhookCapture(Uri url)
    {
        Url = url;
        _listener.Prefixes.Add(url.ToString());
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Url { get; }

    public static WebhookCapture Start() => new(new Uri($"http://127.0.0.1:{Hub.DevStack.FreePort.Next()}/capture/"));

    /// <summary>The first request whose body contains <paramref name="marker"/> (other tests' retried webhooks may arrive too).</summary>
    public async Task<(byte[] Body, IReadOnlyDictionary<string, string> Headers)> WaitForAsync(string marker, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = _received.FirstOrDefault(r => System.Text.Encoding.UTF8.GetString(r.Body).Contains(marker, StringComparison.Ordinal));
            if (found.Body is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no webhook containing {marker} within {timeout}");
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers;
            _received.Enqueue((body.ToArray(), headers.AllKeys.OfType<string>().ToDictionary(k => k, k => headers[k] ?? "", StringComparer.OrdinalIgnoreCase)));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
