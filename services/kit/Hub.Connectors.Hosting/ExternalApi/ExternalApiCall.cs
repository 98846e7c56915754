namespace Hub.Connectors.Hosting;

/// <summary>
/// Sends one request to an external system and turns every way it can fail into what the pipeline understands:
/// <see cref="ExternalApiUnavailableException"/> (try again later: no answer, timeout, 408, 425, 429, 5xx) or
/// <see cref="ExternalApiRejectedException"/> (other 4xx: dead-letter with the system's answer), as the vendor's
/// <see cref="IExternalApiErrors"/> reads its answers (<see cref="HttpStatusErrors"/> when it has none).
/// </summary>
public static class ExternalApiCall
{
    /// <returns>The successful (2xx) response; the caller disposes it.</returns>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpRequestMessage request, string system, string operation, TimeProvider time, CancellationToken cancellationToken, IExternalApiErrors? errors = null)
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
            var body = await BodyOf(response, cancellationToken).ConfigureAwait(false);
            throw (errors ?? HttpStatusErrors.Instance).Classify(new ExternalApiAnswer(system, operation, response.StatusCode, response.Headers, body, time));
        }
    }

    private static async Task<string> BodyOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            return string.Empty;
        }
    }
}
