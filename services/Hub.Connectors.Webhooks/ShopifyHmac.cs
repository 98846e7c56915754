using System.Text;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// Shopify's webhook signature (header X-Shopify-Hmac-Sha256): base64 HMAC-SHA256 of the raw request body, keyed
/// with the app's client secret. It must be computed over the bytes as received, before any JSON parsing.
/// </summary>
public static class ShopifyHmac
{
    public const string SignatureHeader = "X-Shopify-Hmac-Sha256";
    public const string WebhookIdHeader = "X-Shopify-Webhook-Id";

    /// <summary>The event the webhook is about; Shopify names it as the marker of duplicates (a new delivery of the same event may carry a new webhook id).</summary>
    public const string EventIdHeader = "X-Shopify-Event-Id";
    public const string TopicHeader = "X-Shopify-Topic";
    public const string ShopDomainHeader = "X-Shopify-Shop-Domain";
    public const string TriggeredAtHeader = "X-Shopify-Triggered-At";

    public static string Compute(string secret, ReadOnlySpan<byte> body) => HmacSignature.ComputeBase64(Encoding.UTF8.GetBytes(secret), body);

    public static WebhookVerification Verify(string secret, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return WebhookVerification.Fail($"missing {SignatureHeader} header");
        }

        var expected = HmacSignature.Compute(Encoding.UTF8.GetBytes(secret), body);
        return HmacSignature.Matches(expected, signature)
            ? WebhookVerification.Valid
            : WebhookVerification.Fail($"{SignatureHeader} does not match the body (wrong secret, or the body was changed in transit)");
    }
}
