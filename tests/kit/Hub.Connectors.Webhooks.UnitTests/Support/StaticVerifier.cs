using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>Accepts requests carrying X-Test-Signature: good.</summary>
internal sealed class StaticVerifier : IWebhookVerifier
{
    public Task<WebhookVerification> VerifyAsync(HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        Task.FromResult(request.Headers["X-Test-Signature"] == "good"
            ? WebhookVerification.Valid
            : WebhookVerification.Fail("X-Test-Signature does not match the body"));
}
