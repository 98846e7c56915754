using System.Net;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Sends one request to an external system and turns every way it can fail into what the pipeline understands:
/// <see cref="ExternalApiUnavailableException"/> (try again later: no answer, timeout, 408, 425, 429, 5xx) or
/// <see cref="ExternalApiRejectedException"/> (other 4xx: dead-letter with the system's answer).
/// </summary>
public static class ExternalApiCall
{
    private const int MaxDetailLength = 500;

    /// <returns>The successful (2xx) response; the caller disposes it.</returns>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpRequestMessage request, string system, string operation, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ExternalApiUnavailableException(system, operation, $"no answer ({ex.HttpRequestError}: {ex.Message})", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ExternalApiUnavailableException(system, operation, $"no answer within {client.Timeout.TotalSeconds:0.#} s", ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var detail = await DetailOf(response, cancellationToken).ConfigureAwait(false);
            if (IsTemporary(response.StatusCode))
            {
                throw new ExternalApiUnavailableException(system, operation, $"{(int)response.StatusCode} {response.StatusCode}. {detail}".TrimEnd())
                {
                    Status = response.StatusCode,
                    RetryAfter = RetryAfterHeader.Read(response.Headers, time),
                };
            }

            throw new ExternalApiRejectedException(system, operation, response.StatusCode, detail);
        }
    }

    public static bool IsTemporary(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or (HttpStatusCode)425 or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static async Task<string> DetailOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            body = body.ReplaceLineEndings(" ").Trim();
            return body.Length > MaxDetailLength ? body[..MaxDetailLength] + "…" : body;
        }
        catch (HttpRequestException)
        {
            return string.Empty;
        }
    }
}
