using Hub.Connectors.Webhooks;
using Hub.Secrets;
using Microsoft.Extensions.Options;

namespace Crm.Connector.Inbound;

/// <summary>
/// HubSpot's webhook check: the v3 signature (<see cref="HubSpotSignatureV3"/>) over method, the URI HubSpot called
/// (<see cref="HubSpotRequestUri"/>, behind <see cref="CrmConnectorOptions.PublicBaseUrl"/> when a proxy changes it),
/// body and timestamp, keyed with the app's client secret, and the timestamp within
/// <see cref="CrmConnectorOptions.ReplayWindow"/> (HubSpot says five minutes).
/// </summary>
public sealed class HubSpotWebhookVerifier(ISecretProvider secrets, IOptions<CrmConnectorOptions> options, TimeProvider time) : IWebhookVerifier
{
    /// <summary>The key the verifier is registered under.</summary>
    public const string Name = "hubspot";

    public async Task<WebhookVerification> VerifyAsync(HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var secret = await secrets.GetSecretAsync(settings.ClientSecretName, cancellationToken).ConfigureAwait(false);
        return HubSpotSignatureV3.Verify(
            secret,
            request.Method,
            HubSpotRequestUri.Of(request, settings.PublicBaseUrl),
            body.Span,
            request.Headers[HubSpotSignatureV3.TimestampHeader],
            request.Headers[HubSpotSignatureV3.SignatureHeader],
            time,
            settings.ReplayWindow);
    }
}
