using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Hub.Sandboxes;

public static class WebhookTargetEndpoints
{
    /// <summary>
    /// PUT /_sandbox/webhook-target {"url": "..."}: where webhooks go from now on (null = recorded, not sent); GET
    /// answers the current target. Tests and the demo start the sandbox before the connector, so the connector's
    /// address is only known afterwards. For sandboxes that send webhooks (<c>AddSandboxWebhooks</c>), which also get
    /// the relay of captured webhooks (<see cref="WebhookRelayEndpoints.MapWebhookRelay"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapWebhookTarget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(SandboxPaths.WebhookTarget, (WebhookTarget body, IOptions<WebhookOptions> options) =>
        {
            // WebhookSender reads TargetUrl from this same options instance for every delivery.
            options.Value.TargetUrl = body.Url;
            return Results.Ok(new { url = options.Value.TargetUrl });
        });
        endpoints.MapGet(SandboxPaths.WebhookTarget, (IOptions<WebhookOptions> options) => Results.Ok(new { url = options.Value.TargetUrl }));
        return endpoints.MapWebhookRelay();
    }
}
