using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Sandboxes;

public static class WebhookRelayEndpoints
{
    // Set by HttpClient or the content, or describing the captured connection rather than the webhook.
    private static readonly HashSet<string> NotRelayed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Content-Type", "Transfer-Encoding", "Connection", "Expect", "Accept-Encoding", "traceparent", "tracestate",
    };

    /// <summary>
    /// POST /_sandbox/webhook-relay (<see cref="WebhookRelay"/>): signs the given webhook with this sandbox's signer and
    /// secret, sends it once (no retries, no faults) and answers what the receiver answered (<see cref="WebhookRelayAnswer"/>).
    /// `hub capture replay` sends captured deliveries through it: the vendor's signature scheme stays in the sandbox, and
    /// the candidate connector checks them with the secret it shares with the sandbox. Captured headers that hold a
    /// redacted value (the old signature) are not sent.
    /// </summary>
    public static IEndpointRouteBuilder MapWebhookRelay(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SandboxPaths.WebhookRelay, async (WebhookRelay relay, IWebhookSigner signer, IHttpClientFactory clients, CancellationToken cancellationToken) =>
        {
            var body = System.Text.Encoding.UTF8.GetBytes(relay.Body);
            using var request = new HttpRequestMessage(HttpMethod.Post, relay.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            foreach (var (name, value) in relay.Headers ?? new Dictionary<string, string>())
            {
                if (!NotRelayed.Contains(name) && !value.StartsWith('[') )
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            signer.Sign(request, body);
            using var response = await clients.CreateClient(nameof(WebhookRelayEndpoints)).SendAsync(request, cancellationToken).ConfigureAwait(false);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Results.Ok(new WebhookRelayAnswer((int)response.StatusCode, answer.Length == 0 ? null : answer));
        });
        return endpoints;
    }

    // The capture redactor's markers ("[secret]", "[redacted]").
    private static bool IsRedacted(string value) => value is "[secret]" or "[redacted]";
}
