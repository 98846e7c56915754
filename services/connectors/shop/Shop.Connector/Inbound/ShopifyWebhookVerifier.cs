using System.Text;
using Hub.Connectors.Webhooks;
using Hub.Secrets;
using Microsoft.Extensions.Options;

namespace Shop.Connector.Inbound;

/// <summary>
/// Shopify's webhook signature (header X-Shopify-Hmac-Sha256): base64 HMAC-SHA256 of the raw request body, keyed
/// with the app's client secret (secret <see cref="ShopOptions.WebhookSecretName"/>). It must be computed over the
/// bytes as received, before any JSON parsing. Shopify signs no timestamp, so there is no replay window: duplicates
/// are stopped by the receipts instead.
/// </summary>
public sealed class ShopifyWebhookVerifier(ISecretProvider secrets, IOptions<ShopOptions> options) : IWebhookVerifier
{
    /// <summary>The key the verifier is registered under, and the receipt source of Shopify deliveries.</summary>
    public const string Name = "shopify";

    public async Task<WebhookVerification> VerifyAsync(HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secret = await secrets.GetSecretAsync(options.Value.WebhookSecretName, cancellationToken).ConfigureAwait(false);
        return Verify(secret, body.Span, request.Headers[ShopifyHeaders.Signature]);
    }

    public static string Compute(string secret, ReadOnlySpan<byte> body) => HmacSignature.ComputeBase64(Encoding.UTF8.GetBytes(secret), body);

    public static WebhookVerification Verify(string secret, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return WebhookVerification.Fail($"missing {ShopifyHeaders.Signature} header");
        }

        var expected = HmacSignature.Compute(Encoding.UTF8.GetBytes(secret), body);
        return HmacSignature.Matches(expected, signature)
            ? WebhookVerification.Valid
            : WebhookVerification.Fail($"{ShopifyHeaders.Signature} does not match the body (wrong secret, or the body was changed in transit)");
    }
}
