using System.Security.Cryptography;
using System.Text;

namespace Hub.Testing.Vendors;

/// <summary>
/// What a test needs to post a webhook as Shopify does, written from Shopify's documentation rather than taken from
/// the connector or the sandbox: the header names and X-Shopify-Hmac-Sha256 = base64(HMAC-SHA256(secret, body)).
/// </summary>
public static class ShopifyWebhook
{
    public const string SignatureHeader = "X-Shopify-Hmac-Sha256";
    public const string WebhookIdHeader = "X-Shopify-Webhook-Id";
    public const string EventIdHeader = "X-Shopify-Event-Id";
    public const string TopicHeader = "X-Shopify-Topic";
    public const string ShopDomainHeader = "X-Shopify-Shop-Domain";

    public static string Sign(string secret, ReadOnlySpan<byte> body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
