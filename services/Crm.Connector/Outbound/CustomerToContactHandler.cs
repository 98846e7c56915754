using Crm.Connector.Api;
using Crm.Connector.Identity;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Hub.Messaging;

namespace Crm.Connector.Outbound;

/// <summary>
/// Writes CustomerUpserted from other systems to the CRM. Events from the CRM itself are skipped (echo
/// suppression). A contact the CRM does not have yet is created with every mapped property by an upsert on its
/// e-mail, so a redelivery updates instead of creating a second contact, and its id is linked to the customer.
/// An existing contact gets only the changed properties the sender may change (ownership); changes that need a
/// person go to the resolution queue. The written values are remembered first, so their webhook echo is not
/// published back to the bus.
/// </summary>
public sealed partial class CustomerToContactHandler(
    CrmClient crm,
    MappingCatalog mappings,
    CustomerIdentity identity,
    OwnershipGuard ownership,
    ResolutionQueue resolutions,
    EchoMarkers echoes,
    EnvelopeFactory envelopes,
    ConnectorTelemetry telemetry,
    TimeProvider time,
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

        var write = current is null ? desired : await OwnedPropertiesAsync(@event, canonical, desired, current, mapper.Definition).ConfigureAwait(false);
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

        if (contactId != writtenId)
        {
            await identity.ResolveAsync(writtenId, key, @event.VatId, envelope.EntityId, envelope.EventId, envelope.CorrelationId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<string, string?>> OwnedPropertiesAsync(
        CustomerUpserted @event, Dictionary<string, object?> canonical, Dictionary<string, string?> desired, CrmContact current, MappingDefinition definition)
    {
        var envelope = @event.Envelope;
        var differences = OwnedChanges.Differences(desired, current.Properties, OwnedChanges.FieldsOf(definition));
        if (differences.Count == 0)
        {
            return [];
        }

        var changed = differences.Keys.ToDictionary(f => f, f => canonical.GetValueOrDefault(f), StringComparer.Ordinal);
        var evaluation = await ownership.EvaluateAsync(CustomerIdentity.EntityType, envelope.EntityId, envelope.SourceSystem, changed, envelope.OccurredAt).ConfigureAwait(false);
        foreach (var decision in evaluation.ToQueue)
        {
            var currentValue = string.Join(", ", differences[decision.Field].Select(p => current.Properties.GetValueOrDefault(p)).Where(v => v is not null));
            var conflict = ConflictFactory.FromDecision(evaluation, decision, currentValue, envelope.OccurredAt, envelope.CorrelationId, time, envelopes.SourceSystem) with
            {
                // Derived from the event, so a redelivered event raises the same conflict instead of a second one.
                ConflictId = DeterministicEventId.ForConsequence(envelopes.SourceSystem, envelope.EventId.ToString(), $"conflict:{decision.Field}").ToString(),
            };
            await resolutions.SubmitAsync(conflict).ConfigureAwait(false);
        }

        foreach (var decision in evaluation.Decisions.Where(d => d.Verdict is FieldVerdict.Reject or FieldVerdict.Ignore))
        {
            LogNotWritten(decision.Field, envelope.EntityId, decision.Reason);
        }

        return OwnedChanges.Allowed(evaluation, differences, desired);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "CustomerUpserted {EventId} changes nothing crm may take for {CustomerId}")]
    private partial void LogNothingToWrite(Guid eventId, string customerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Field} of {CustomerId} not written to crm: {Reason}")]
    private partial void LogNotWritten(string field, string customerId, string reason);
}
