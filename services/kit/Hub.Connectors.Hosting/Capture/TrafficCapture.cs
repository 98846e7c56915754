using Hub.Identity.Capture;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.Capture;

/// <summary>
/// Records a connector's exchanges with the outside when <c>Capture:Enabled</c> is on: webhook deliveries (from the
/// kit's webhook flow) and API calls (from <see cref="CaptureHandler"/> on the system's API client). Redacts them,
/// then hands them to the sink, in a host the queue of <see cref="QueuedCaptureSink"/>, so capture adds no wait to
/// the traffic. Capture never fails the business call: a sink error is logged, and the exchange is lost from the
/// capture only.
/// </summary>
public sealed partial class TrafficCapture(
    IOptionsMonitor<CaptureOptions> options, ICaptureSink sink, IOptions<ConnectorOptions> connector, TimeProvider time, ILogger<TrafficCapture> logger)
{
    private CaptureRedactor? _redactor;

    public bool Enabled => options.CurrentValue.Enabled;

    /// <summary>Built once per options snapshot, not per exchange (it compiles the configured field names into sets).</summary>
    private CaptureRedactor Redactor
    {
        get
        {
            var current = options.CurrentValue;
            return _redactor is { } built && ReferenceEquals(built.Options, current) ? built : _redactor = new CaptureRedactor(current);
        }
    }

    /// <summary>A call to the system's API: the request as sent, and the answer or why none came.</summary>
    public Task RecordApiCallAsync(
        string api, HttpRequestMessage request, byte[]? requestBody, HttpResponseMessage? response, byte[]? responseBody, Exception? failure, TimeSpan elapsed, IReadOnlyCollection<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(request);
        var redactor = Redactor;
        var (body, note) = redactor.Body(requestBody, request.Content?.Headers.ContentType?.MediaType, secrets);
        var captured = new CapturedMessage
        {
            Method = request.Method.Method,
            Target = redactor.Target(request.RequestUri?.IsAbsoluteUri == true ? request.RequestUri.PathAndQuery : request.RequestUri?.OriginalString ?? "", secrets),
            Headers = redactor.Headers(Flatten(request.Headers).Concat(request.Content is null ? [] : Flatten(request.Content.Headers)), secrets),
            Body = body,
            BodyNote = note,
        };
        CapturedMessage? answer = null;
        if (response is not null)
        {
            var (answerBody, answerNote) = redactor.Body(responseBody, response.Content.Headers.ContentType?.MediaType, secrets);
            answer = new CapturedMessage
            {
                Status = (int)response.StatusCode,
                Headers = redactor.Headers(Flatten(response.Headers).Concat(Flatten(response.Content.Headers)), secrets),
                Body = answerBody,
                BodyNote = answerNote,
            };
        }

        return WriteAsync(Exchange(CapturedExchange.ApiCallKind, api, elapsed, captured, answer, failure is null ? null : $"{failure.GetType().Name}: {failure.Message}"));
    }

    /// <summary>
    /// A webhook delivery as received (raw body; null when it was over the size limit) and what was answered: the status
    /// and <paramref name="answer"/> (the refusal's reason, or what became of the items), which `hub capture replay`
    /// compares with a candidate build's answer.
    /// </summary>
    public Task RecordWebhookAsync(string source, HttpRequest request, byte[]? body, int status, string? answer, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        var redactor = Redactor;
        var (kept, note) = body is null ? (null, "not kept: over the webhook body limit") : redactor.Body(body, request.ContentType?.Split(';')[0].Trim(), []);
        var captured = new CapturedMessage
        {
            Method = request.Method,
            Target = redactor.Target($"{request.Path}{request.QueryString}", []),
            Headers = redactor.Headers(request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())), []),
            Body = kept,
            BodyNote = note,
        };
        var answered = new CapturedMessage { Status = status, Body = answer };
        return WriteAsync(Exchange(CapturedExchange.WebhookKind, source, elapsed, captured, answered, null));
    }

    private CapturedExchange Exchange(string kind, string channel, TimeSpan elapsed, CapturedMessage request, CapturedMessage? response, string? failure) => new()
    {
        CaptureId = Guid.CreateVersion7(time.GetUtcNow()).ToString("D"),
        Connector = connector.Value.Name,
        Kind = kind,
        Channel = channel,
        At = time.GetUtcNow() - elapsed,
        DurationMs = Math.Round(elapsed.TotalMilliseconds, 1),
        TraceId = Activity.Current?.TraceId.ToHexString(),
        Request = request,
        Response = response,
        Failure = failure,
    };

    private async Task WriteAsync(CapturedExchange exchange)
    {
        try
        {
            // Not the caller's token: a cancelled call is still worth its capture, and the sink has its own timeouts.
            await sink.WriteAsync(exchange, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogNotCaptured(ex, exchange.Kind, exchange.Channel, exchange.Request.Target);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Flatten(System.Net.Http.Headers.HttpHeaders headers) =>
        headers.NonValidated.Select(h => KeyValuePair.Create(h.Key, string.Join(", ", h.Value)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Traffic capture lost one {Kind} exchange ({Channel} {Target}); the call itself was not affected")]
    private partial void LogNotCaptured(Exception exception, string kind, string channel, string? target);
}
