namespace Hub.Sandboxes;

/// <summary>Adds the vendor's signature headers to an outgoing webhook (HubSpot v3, Shopify HMAC, ...).</summary>
public interface IWebhookSigner
{
    void Sign(HttpRequestMessage request, byte[] body);
}
