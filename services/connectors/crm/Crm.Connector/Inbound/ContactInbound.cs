using System.Globalization;
using System.Net;
using System.Text.Json;
using Crm.Connector.Api;
using Crm.Connector.Identity;
using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Contracts;
using Hub.Mapping;
using Hub.Messaging;

namespace Crm.Connector.Inbound;

/// <summary>
/// One contact named by a webhook: read its current state from the CRM, map it, resolve its canonical id and
/// publish CustomerUpserted. The event id is derived from contact id + updatedAt, so every webhook (and every
/// redelivery) about the same version of the contact yields the same event, which consumers deduplicate. A contact
/// the mapping rejects is handed back as read from the CRM, with the reasons, for the kit to quarantine.
/// </summary>
public sealed partial class ContactInbound(
    CrmClient crm,
    MappingCatalog mappings,
    CustomerIdentity identity,
    EchoMarkers echoes,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes,
    ILogger<ContactInbound> logger) : IWebhookItemHandler<HubSpotEvent>
{
    public const string Mapping = "crm-to-canonical.customer";

    /// <summary>The event-type header of a quarantined contact.</summary>
    public const string RecordType = "crm.contact";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="items">The new events of one contact (<see cref="HubSpotPayloadParser"/> makes the contact their subject).</param>
    /// <exception cref="ExternalApiUnavailableException">The CRM could not be read now: the webhook must be retried.</exception>
    /// <exception cref="PublishException">Kafka did not take the event: the webhook must be retried.</exception>
    public async Task<WebhookOutcome> HandleAsync(IReadOnlyList<HubSpotEvent> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var contactId = items[0].ObjectId.ToString(CultureInfo.InvariantCulture);
        CrmContact contact;
        try
        {
            contact = await crm.GetContactAsync(contactId, cancellationToken).ConfigureAwait(false);
        }
        catch (ExternalApiRejectedException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            LogGone(contactId);
            return WebhookOutcome.Ignored("gone");
        }

        var changes = items.Select(e => (e.SubscriptionType == "contact.creation" ? null : e.PropertyName, e.PropertyValue)).ToList();
        if (await echoes.IsEchoAsync(contact.Properties.GetValueOrDefault("email"), contact.Properties, changes).ConfigureAwait(false))
        {
            LogEcho(contactId);
            return WebhookOutcome.Ignored("echo");
        }

        var eventId = DeterministicEventId.ForChange(envelopes.SourceSystem, "contact", contact.Id, contact.UpdatedAt);
        var result = mappings[Mapping].Map(contact.ToMappingSource());
        if (result.IsRejected)
        {
            return WebhookOutcome.Rejected(new RejectedRecord(
                contact.Id, RecordType, JsonSerializer.SerializeToUtf8Bytes(contact, Json), eventId.ToString(),
                new MappingRejectedException(result.Mapping, result.Rejections.ToList())));
        }

        var mapped = result.Record;
        var correlationId = eventId.ToString();
        var canonicalId = await identity.ResolveAsync(
            contact.Id, mapped.GetValueOrDefault("email") as string, mapped.GetValueOrDefault("vatId") as string, null, eventId, correlationId, cancellationToken).ConfigureAwait(false);
        var envelope = envelopes.Observed(CustomerUpserted.ContractVersion, eventId, canonicalId, contact.Id, contact.UpdatedAt, correlationId);
        var customer = CustomerUpsertedFactory.Create(mapped, envelope);
        await publisher.PublishAsync(customer, cancellationToken).ConfigureAwait(false);
        return WebhookOutcome.Published;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "crm contact {ContactId} no longer exists; webhook acknowledged")]
    private partial void LogGone(string contactId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "crm contact {ContactId} changed by the connector's own write; not published again")]
    private partial void LogEcho(string contactId);
}
