using Hub.Connectors.Webhooks;

namespace Crm.Connector.Inbound;

/// <summary>
/// POST /webhooks/hubspot, the kit's <see cref="WebhookFlow{TItem}"/> with HubSpot's parts: the v3 signature and the
/// replay window over the raw body (<see cref="HubSpotWebhookVerifier"/>), the event array
/// (<see cref="HubSpotPayloadParser"/>), one contact at a time (<see cref="ContactInbound"/>). 401 = not from the CRM,
/// 400 = not a HubSpot event array, 503 = try again later (the sender retries), 200 = every event is published,
/// quarantined or known.
/// </summary>
public static class HubSpotWebhookEndpoint
{
    /// <summary>Where HubSpot posts; declared with <c>.Webhook&lt;HubSpotEvent, ...&gt;(Path, HubSpotWebhookVerifier.Name)</c> in Program.cs.</summary>
    public const string Path = "/webhooks/hubspot";
}
