using System.Globalization;
using System.Net;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Adds the external system's credential to every request, from a <see cref="CredentialCache"/> (the secret store is
/// asked at most once per TTL). A 401 means the credential was rotated: the secret is read again and, when it
/// changed, the request is sent once more; a second 401 (or an unchanged secret) is the caller's answer, so a wrong
/// credential never loops. The value is never logged: HttpClient logging does not log headers, and failures name
/// the secret, not its value.
/// </summary>
public sealed class CredentialHandler(CredentialCache credential, ExternalApiOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(options.CredentialHeader) || string.IsNullOrEmpty(options.CredentialSecret))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var secret = await credential.GetAsync(cancellationToken).ConfigureAwait(false);
        Authorize(request, secret);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        string refreshed;
        try
        {
            refreshed = await credential.RefreshAsync(secret, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        if (string.Equals(refreshed, secret, StringComparison.Ordinal))
        {
            return response;
        }

        response.Dispose();
        Authorize(request, refreshed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Authorize(HttpRequestMessage request, string secret)
    {
        request.Headers.Remove(options.CredentialHeader!);
        request.Headers.TryAddWithoutValidation(options.CredentialHeader!, string.Format(CultureInfo.InvariantCulture, options.CredentialFormat, secret));
    }
}
