using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Sandbox.Contacts;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Crm.Sandbox.Webhooks;

/// <summary>
/// Turns contact changes into HubSpot webhook requests: contact.creation for a new contact, one
/// contact.propertyChange per changed property, all of one change in one request (HubSpot batches events).
/// </summary>
public sealed class ContactWebhooks(WebhookSender sender, IOptions<CrmSandboxOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    // Event ids only need to be unique per sandbox run; starting from the clock keeps them unique across restarts.
    private long _nextEventId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 10;

    public void Created(Contact contact, string changeSource)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Send([Event(contact, "contact.creation", options.Value.CreationSubscriptionId, null, null, changeSource)]);
    }

    public void Changed(Contact contact, IReadOnlyDictionary<string, string?> changed, string changeSource)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(changed);
        var events = changed.Where(p => !ContactProperties.AlwaysReturned.Contains(p.Key))
            .Select(p => Event(contact, "contact.propertyChange", options.Value.PropertyChangeSubscriptionId, p.Key, p.Value, changeSource))
            .ToList();
        if (events.Count > 0)
        {
            Send(events);
        }
    }

    private HubSpotWebhookEvent Event(Contact contact, string type, long subscriptionId, string? property, string? value, string changeSource) => new()
    {
        EventId = Interlocked.Increment(ref _nextEventId),
        SubscriptionId = subscriptionId,
        PortalId = options.Value.PortalId,
        AppId = options.Value.AppId,
        OccurredAt = contact.UpdatedAt.ToUnixTimeMilliseconds(),
        SubscriptionType = type,
        ObjectId = long.Parse(contact.Id, CultureInfo.InvariantCulture),
        PropertyName = property,
        PropertyValue = value,
        ChangeSource = changeSource,
    };

    private void Send(IReadOnlyList<HubSpotWebhookEvent> events) =>
        sender.Enqueue(new WebhookDelivery(events[0].SubscriptionType, JsonSerializer.SerializeToUtf8Bytes(events, Json), new Dictionary<string, string>()));
}
