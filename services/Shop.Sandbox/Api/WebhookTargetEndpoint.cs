using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Api;

/// <summary>
/// PUT /_sandbox/webhook-target {"url": "..."}: where webhooks go from now on. Tests and the demo start the sandbox
/// before the connector, so the connector's address is only known afterwards.
/// </summary>
public static class WebhookTargetEndpoint
{
    public const string Path = SandboxPaths.Control + "/webhook-target";

    public static IEndpointRouteBuilder MapWebhookTarget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(Path, (WebhookTarget body, IOptions<WebhookOptions> options) =>
        {
            // The sender reads TargetUrl from this same options instance for every delivery.
            options.Value.TargetUrl = body.Url;
            return Results.Ok(new { url = options.Value.TargetUrl });
        });
        endpoints.MapGet(Path, (IOptions<WebhookOptions> options) => Results.Ok(new { url = options.Value.TargetUrl }));
        return endpoints;
    }
}
