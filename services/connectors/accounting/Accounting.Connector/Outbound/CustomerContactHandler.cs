using Accounting.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Messaging;

namespace Accounting.Connector.Outbound;

/// <summary>
/// canonical.customer.upserted → the contact with ContactNumber = canonical customer id, created or updated. The
/// Idempotency-Key comes from the event, so a redelivery is answered from Xero's key store and applied once. The
/// contact found by the lookup is what the kit's <see cref="OutboundOwnership"/> compares with: a new contact gets
/// every mapped field (the VAT id included: creating it overwrites nothing), an existing one the changed fields the
/// sender may change; another system's VAT id (accounting owns it) goes to the resolution queue.
/// </summary>
public sealed partial class CustomerContactHandler(XeroClient xero, ContactMapper mapper, OutboundOwnership ownership, WriteJournal journal, ILogger<CustomerContactHandler> logger)
    : IEventHandler<CustomerUpserted>
{
    public async Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);

        var existing = await xero.FindContactByNumberAsync(@event.Envelope.EntityId, cancellationToken);
        var canonical = CanonicalCustomerRecord.From(@event);
        var record = mapper.Map(canonical);
        var change = OutboundChangeFactory.ForCustomer(@event, canonical, mapper.Definition, MappedValues.AsText(record), existing is null ? TargetRecord.New : TargetRecord.Read(ContactValues.Of(existing)));
        var decision = await ownership.DecideAsync(change, cancellationToken);
        if (existing is not null && decision.IsEmpty)
        {
            LogNothingToWrite(@event.Envelope.EntityId, @event.Envelope.EventId);
            return;
        }

        var contact = ContactMapper.ToContact(record, existing?.ContactID, decision.Targets.Contains);
        var saved = await xero.SaveContactAsync(contact, context.IdempotencyKey, cancellationToken);
        var contactId = saved.ContactID ?? existing?.ContactID;
        await journal.RecordAsync(change, decision, contactId?.ToString() ?? @event.Envelope.EntityId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Customer {CanonicalId}: event {EventId} changes nothing accounting may take")]
    private partial void LogNothingToWrite(string canonicalId, Guid eventId);
}
