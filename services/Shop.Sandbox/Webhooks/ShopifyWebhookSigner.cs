using Hub.Connectors.Webhooks;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Webhooks;

/// <summary>X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the body as sent, keyed with the app's client secret.</summary>
public sealed class ShopifyWebhookSigner(IOptions<WebhookOptions> options) : IWebhookSigner
{
    public void Sign(HttpRequestMessage request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(ShopifyHmac.SignatureHeader);
        request.Headers.TryAddWithoutValidation(ShopifyHmac.SignatureHeader, ShopifyHmac.Compute(options.Value.Secret, body));
    }
}
