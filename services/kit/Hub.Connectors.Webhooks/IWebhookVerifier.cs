using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// Decides whether a webhook request comes from the vendor and may be processed. One implementation per vendor, next
/// to its connector (the signature scheme, its headers, what else it signs, how fresh a request must be); the kit
/// only offers the vendor-neutral parts (<see cref="HmacSignature"/>, <see cref="ReplayWindow"/>, <see cref="RawBody"/>).
/// Registered as a keyed service under the receipt source name of its connector.
/// </summary>
public interface IWebhookVerifier
{
    /// <param name="request">The request as received (headers, method, URL); its body has already been read.</param>
    /// <param name="body">The body's bytes as received (<see cref="RawBody"/>), before any parsing.</param>
    /// <returns>Valid, or the reason to refuse it (answered as 401 and logged).</returns>
    Task<WebhookVerification> VerifyAsync(HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}
