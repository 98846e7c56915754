using Crm.Connector.Api;
using Crm.Connector.Identity;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Mapping;
using Hub.Messaging;

namespace Crm.Connector.Outbound;

/// <summary>
/// Writes CustomerUpserted from other systems to the CRM. Events from the CRM itself are skipped (echo
/// suppression). A contact the CRM does not have yet is created by an upsert on its e-mail, so a redelivery updates
/// instead of creating a second contact, and its id is linked to the customer. What is written is decided by the
/// kit's <see cref="OutboundOwnership"/> against the contact's current properties: a new contact gets every mapped
/// property, an existing one only the changed properties the sender may change; changes that need a person go to the
/// resolution queue. Each write is recorded in the kit's <see cref="WriteJournal"/>. The written values are remembered first, so their webhook echo is not published back to the bus.
/// </summary>
public sealed partial class CustomerToContactHandler(
    CrmClient crm,
    MappingCatalog mappings,
    CustomerIdentity identity,
    OutboundOwnership ownership,
    WriteJournal journal,
    EchoMarkers echoes,
    ConnectorTelemetry telemetry,
    ILogger<CustomerToContactHandler> logger) : IEventHandler<CustomerUpserted>
{
    public const string Mapping = "canonical-to-crm.customer";
    private const string Operation = "upsert contact";

    public async Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);
        var envelope = @event.Envelope;

        var canonical = CrmCustomerRecord.Source(@event);
        var mapper = mappings[Mapping];
        var desired = CrmCustomerRecord.ToProperties(mapper.Map(canonical).RecordOrThrow());
        var email = desired["email"]!;
        var contactId = await identity.FindContactIdAsync(envelope.EntityId).ConfigureAwait(false);
        var current = contactId is null
            ? await crm.FindContactAsync(email, byEmail: true, desired.Keys, cancellationToken).ConfigureAwait(false)
            : await crm.FindContactAsync(contactId, byEmail: false, desired.Keys, cancellationToken).ConfigureAwait(false);

        var change = OutboundChangeFactory.ForCustomer(@event, canonical, mapper.Definition, desired, current is null ? TargetRecord.New : TargetRecord.Read(current.Properties));
        var decision = await ownership.DecideAsync(change, cancellationToken).ConfigureAwait(false);
        var write = decision.Select(desired);
        if (write.Count == 0)
        {
            LogNothingToWrite(envelope.EventId, envelope.EntityId);
            telemetry.Outbound(Operation, "skipped");
            return;
        }

        var key = current?.Properties.GetValueOrDefault("email") ?? email;
        await echoes.RememberAsync(key, write.Append(new("email", key)).DistinctBy(p => p.Key).ToDictionary()).ConfigureAwait(false);
        string writtenId;
        if (current is null)
        {
            var result = await crm.UpsertByEmailAsync(email, write.Where(p => p.Key != "email").ToDictionary(), context.IdempotencyKey, cancellationToken).ConfigureAwait(false);
            writtenId = result.Id;
        }
        else
        {
            writtenId = (await crm.UpdateContactAsync(current.Id, write, context.IdempotencyKey, cancellationToken).ConfigureAwait(false)).Id;
        }

        await journal.RecordAsync(change, decision, writtenId, cancellationToken).ConfigureAwait(false);

        if (contactId != writtenId)
        {
            await identity.ResolveAsync(writtenId, key, @event.VatId, envelope.EntityId, envelope.EventId, envelope.CorrelationId, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "CustomerUpserted {EventId} changes nothing crm may take for {CustomerId}")]
    private partial void LogNothingToWrite(Guid eventId, string customerId);
}
