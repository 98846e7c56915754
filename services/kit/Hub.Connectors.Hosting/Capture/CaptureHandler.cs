using System.Diagnostics;

namespace Hub.Connectors.Hosting.Capture;

/// <summary>
/// The innermost handler of a system's API client: when capture is on, records each request as sent (after the
/// credential and the connector's own headers) with its answer, every attempt of a retry on its own. Off, it only
/// passes the request on. The credential's current value is redacted wherever it appears.
/// </summary>
public sealed class CaptureHandler(TrafficCapture capture, string api, CredentialCache? credential) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!capture.Enabled)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Buffers the content, so it is still sent whole after being read here.
        var requestBody = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var secrets = await SecretsAsync(cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await capture.RecordApiCallAsync(api, request, requestBody, null, null, ex, Stopwatch.GetElapsedTime(started), secrets).ConfigureAwait(false);
            throw;
        }

        // Buffered as well, so the client reads the same answer.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        await capture.RecordApiCallAsync(api, request, requestBody, response, responseBody, null, Stopwatch.GetElapsedTime(started), secrets).ConfigureAwait(false);
        return response;
    }

    private async Task<IReadOnlyCollection<string>> SecretsAsync(CancellationToken cancellationToken)
    {
        if (credential is null || string.IsNullOrEmpty(credential.SecretName))
        {
            return [];
        }

        try
        {
            return [await credential.GetAsync(cancellationToken).ConfigureAwait(false)];
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // No credential to redact by value: the request had none either (the credential handler would have failed).
            return [];
        }
    }
}
