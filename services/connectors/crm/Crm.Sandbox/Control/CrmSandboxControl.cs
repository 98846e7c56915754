using Crm.Sandbox.Contacts;
using Hub.Sandboxes;

namespace Crm.Sandbox;

public static class CrmSandboxControl
{
    public const string Contacts = SandboxPaths.Control + "/contacts";

    /// <summary>
    /// GET /_sandbox/contacts lists every contact with all properties; POST /_sandbox/contacts creates one as a CRM user
    /// would (webhooks sent, never faulted). The webhook target is the kit's (<see cref="WebhookTargetEndpoints.MapWebhookTarget"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapCrmSandboxControl(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Contacts, (ContactStore store) => Results.Ok(new { results = store.All().Select(ContactJson.From) }));

        // A person creating a contact in the CRM's UI: same checks and webhooks as the API, but never faulted, so a
        // test can break the API and still make business happen.
        endpoints.MapPost(Contacts, (ContactInput? input, ContactStore store, Webhooks.ContactWebhooks webhooks) =>
            ContactsApi.Create(input, store, webhooks, "CRM_UI"));
        return endpoints;
    }
}
