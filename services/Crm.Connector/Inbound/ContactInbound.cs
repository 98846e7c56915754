using System.Net;
using Crm.Connector.Api;
using Crm.Connector.Identity;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Mapping;
using Hub.Messaging;

namespace Crm.Connector.Inbound;

/// <summary>
/// One contact named by a webhook: read its current state from the CRM, map it, resolve its canonical id and
/// publish CustomerUpserted. The event id is derived from contact id + updatedAt, so every webhook (and every
/// redelivery) about the same version of the contact yields the same event, which consumers deduplicate.
/// </summary>
public sealed partial class ContactInbound(
    CrmClient crm,
    MappingCatalog mappings,
    CustomerIdentity identity,
    EchoMarkers echoes,
    InboundDeadLetters deadLetters,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes,
    ILogger<ContactInbound> logger)
{
    public const string Mapping = "crm-to-canonical.customer";

    /// <exception cref="ExternalApiUnavailableException">The CRM could not be read now: the webhook must be retried.</exception>
    /// <exception cref="PublishException">Kafka did not take the event: the webhook must be retried.</exception>
    public async Task<ContactOutcome> ProcessAsync(string contactId, IReadOnlyCollection<HubSpotEvent> events, CancellationToken cancellationToken)
    {
        CrmContact contact;
        try
        {
            contact = await crm.GetContactAsync(contactId, cancellationToken).ConfigureAwait(false);
        }
        catch (ExternalApiRejectedException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            LogGone(contactId);
            return ContactOutcome.Gone;
        }

        var changes = events.Select(e => (e.SubscriptionType == "contact.creation" ? null : e.PropertyName, e.PropertyValue)).ToList();
        if (await echoes.IsEchoAsync(contact.Properties.GetValueOrDefault("email"), contact.Properties, changes).ConfigureAwait(false))
        {
            LogEcho(contactId);
            return ContactOutcome.Echo;
        }

        var eventId = DeterministicEventId.ForChange(envelopes.SourceSystem, "contact", contact.Id, contact.UpdatedAt);
        var result = mappings[Mapping].Map(contact.ToMappingSource());
        if (result.IsRejected)
        {
            LogRejected(contactId, string.Join("; ", result.Rejections));
            await deadLetters.QuarantineAsync(contact, result, eventId, cancellationToken).ConfigureAwait(false);
            return ContactOutcome.Rejected;
        }

        var mapped = result.Record;
        var correlationId = eventId.ToString();
        var canonicalId = await identity.ResolveAsync(
            contact.Id, mapped.GetValueOrDefault("email") as string, mapped.GetValueOrDefault("vatId") as string, null, eventId, correlationId, cancellationToken).ConfigureAwait(false);
        var envelope = envelopes.Observed(CustomerUpserted.ContractVersion, eventId, canonicalId, contact.Id, contact.UpdatedAt, correlationId);
        var customer = CustomerUpsertedFactory.Create(mapped, envelope);
        await publisher.PublishAsync(customer, cancellationToken).ConfigureAwait(false);
        return ContactOutcome.Published;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "crm contact {ContactId} no longer exists; webhook acknowledged")]
    private partial void LogGone(string contactId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "crm contact {ContactId} changed by the connector's own write; not published again")]
    private partial void LogEcho(string contactId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "crm contact {ContactId} rejected by the mapping, kept on the inbound dead-letter topic: {Reasons}")]
    private partial void LogRejected(string contactId, string reasons);
}
