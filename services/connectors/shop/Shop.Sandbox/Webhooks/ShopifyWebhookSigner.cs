using System.Security.Cryptography;
using System.Text;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Webhooks;

/// <summary>
/// Signs like Shopify, written from Shopify's webhook-verification page and not from the connector's code (the
/// sandbox is a witness): X-Shopify-Hmac-Sha256 = base64(HMAC-SHA256(app client secret, body bytes as sent)).
/// </summary>
public sealed class ShopifyWebhookSigner(IOptions<WebhookOptions> options) : IWebhookSigner
{
    public const string SignatureHeader = "X-Shopify-Hmac-Sha256";

    public void Sign(HttpRequestMessage request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Secret), body));
        request.Headers.Remove(SignatureHeader);
        request.Headers.TryAddWithoutValidation(SignatureHeader, signature);
    }
}
