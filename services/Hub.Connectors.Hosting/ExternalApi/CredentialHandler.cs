using System.Globalization;
using Hub.Secrets;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Adds the external system's credential to every request, read through <see cref="ISecretProvider"/> (Dapr's
/// secret store or configuration) on each call, so a rotated secret is picked up without a restart. The value is
/// never logged: HttpClient logging does not log headers, and failures name the secret, not its value.
/// </summary>
public sealed class CredentialHandler(ISecretProvider secrets, ExternalApiOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.CredentialHeader) && !string.IsNullOrEmpty(options.CredentialSecret))
        {
            var secret = await secrets.GetSecretAsync(options.CredentialSecret, cancellationToken).ConfigureAwait(false);
            request.Headers.Remove(options.CredentialHeader);
            request.Headers.TryAddWithoutValidation(options.CredentialHeader, string.Format(CultureInfo.InvariantCulture, options.CredentialFormat, secret));
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
