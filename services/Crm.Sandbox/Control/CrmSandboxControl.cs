using Crm.Sandbox.Contacts;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Crm.Sandbox;

public static class CrmSandboxControl
{
    public const string WebhookTarget = SandboxPaths.Control + "/webhook-target";
    public const string Contacts = SandboxPaths.Control + "/contacts";

    /// <summary>
    /// PUT /_sandbox/webhook-target { "url": ... } points webhooks at a connector started after the sandbox (its port
    /// is only known then); GET /_sandbox/contacts lists every contact with all properties; POST /_sandbox/contacts
    /// creates one as a CRM user would (webhooks sent, never faulted).
    /// </summary>
    public static IEndpointRouteBuilder MapCrmSandboxControl(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(WebhookTarget, (WebhookTargetInput input, IOptions<WebhookOptions> options) =>
        {
            // WebhookSender reads the options instance on every delivery, so changing it redirects later deliveries.
            options.Value.TargetUrl = input.Url;
            return Results.Ok(new { url = options.Value.TargetUrl });
        });
        endpoints.MapGet(WebhookTarget, (IOptions<WebhookOptions> options) => Results.Ok(new { url = options.Value.TargetUrl }));
        endpoints.MapGet(Contacts, (ContactStore store) => Results.Ok(new { results = store.All().Select(ContactJson.From) }));

        // A person creating a contact in the CRM's UI: same checks and webhooks as the API, but never faulted, so a
        // test can break the API and still make business happen.
        endpoints.MapPost(Contacts, (ContactInput? input, ContactStore store, Webhooks.ContactWebhooks webhooks) =>
            ContactsApi.Create(input, store, webhooks, "CRM_UI"));
        return endpoints;
    }
}
