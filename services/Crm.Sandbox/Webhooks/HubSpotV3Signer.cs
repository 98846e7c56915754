using System.Globalization;
using Hub.Connectors.Webhooks;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Crm.Sandbox.Webhooks;

/// <summary>Signs like HubSpot: X-HubSpot-Signature-v3 over POST + target URI + body + X-HubSpot-Request-Timestamp.</summary>
public sealed class HubSpotV3Signer(IOptions<WebhookOptions> options, TimeProvider time) : IWebhookSigner
{
    public void Sign(HttpRequestMessage request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var uri = Uri.UnescapeDataString(request.RequestUri!.AbsoluteUri);
        var signature = HubSpotSignatureV3.Compute(options.Value.Secret, request.Method.Method, uri, body, timestamp);
        request.Headers.Remove(HubSpotSignatureV3.SignatureHeader);
        request.Headers.Remove(HubSpotSignatureV3.TimestampHeader);
        request.Headers.TryAddWithoutValidation(HubSpotSignatureV3.SignatureHeader, signature);
        request.Headers.TryAddWithoutValidation(HubSpotSignatureV3.TimestampHeader, timestamp);
    }
}
