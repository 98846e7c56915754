using System.Globalization;
using System.Text.Json;
using Hub.Connectors.Webhooks;

namespace Crm.Connector.Inbound;

/// <summary>
/// A HubSpot webhook request (a JSON array of events) as the kit's flow handles it: each contact event is an item,
/// claimed by <see cref="HubSpotEvent.DeliveryId"/>; the events of one contact share a subject, so the contact is
/// read and published once per request. Other subscription types are acknowledged without work.
/// </summary>
public sealed class HubSpotPayloadParser : IWebhookParser<HubSpotEvent>
{
    public const string Entity = "customer";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string EntityOf(HttpRequest request) => Entity;

    public WebhookPayload<HubSpotEvent> Parse(HttpRequest request, byte[] body)
    {
        List<HubSpotEvent>? events;
        try
        {
            events = JsonSerializer.Deserialize<List<HubSpotEvent>>(body, Json);
        }
        catch (JsonException ex)
        {
            return WebhookPayload.Malformed<HubSpotEvent>($"body is not a JSON array of HubSpot events: {ex.Message}");
        }

        return events is null
            ? WebhookPayload.Malformed<HubSpotEvent>("body is not a JSON array of HubSpot events: null")
            : WebhookPayload.Of(events.Where(e => e.IsContactEvent).Select(e =>
                new WebhookItem<HubSpotEvent>(e.DeliveryId, Entity, e) { Subject = e.ObjectId.ToString(CultureInfo.InvariantCulture) }));
    }
}
