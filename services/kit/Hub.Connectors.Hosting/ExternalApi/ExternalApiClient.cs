using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Base of a connector's client for its external API: every call gets a client span, a duration and an outcome
/// metric, and failures classified by <see cref="ExternalApiCall"/> with the vendor's <paramref name="errors"/>
/// (<see cref="HttpStatusErrors"/> when null). Subclasses add the API's operations.
/// </summary>
public abstract class ExternalApiClient(HttpClient http, ConnectorTelemetry telemetry, TimeProvider time, string system, IExternalApiErrors? errors = null)
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected HttpClient Http { get; } = http;

    protected string System { get; } = system;

    /// <summary>Sends the request and reads a JSON answer (null for an empty body).</summary>
    protected async Task<TResponse?> SendAsync<TResponse>(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, operation, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<TResponse>(Json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new ExternalApiUnavailableException(System, operation, $"answered with JSON that is not a {typeof(TResponse).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Sends the request; the successful response is the caller's to dispose.</summary>
    protected async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = telemetry.StartExternalCall(System, operation);
        var started = time.GetTimestamp();
        try
        {
            var response = await ExternalApiCall.SendAsync(Http, request, System, operation, time, cancellationToken, errors).ConfigureAwait(false);
            telemetry.Outbound(operation, "applied");
            telemetry.CallDuration(operation, time.GetElapsedTime(started), succeeded: true);
            return response;
        }
        catch (Exception ex) when (ex is ExternalApiRejectedException or ExternalApiUnavailableException)
        {
            telemetry.Outbound(operation, ex is ExternalApiRejectedException ? "rejected" : "unavailable");
            telemetry.CallDuration(operation, time.GetElapsedTime(started), succeeded: false);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }
}
