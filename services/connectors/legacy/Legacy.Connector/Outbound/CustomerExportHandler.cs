using System.Globalization;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Hub.Messaging;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Outbound;

/// <summary>
/// CustomerUpserted from the other systems → a row of the next customer import file. Echoes (events the legacy
/// system itself caused) are skipped by the kit's outbound stage; a row already written to a committed file is skipped too, so a redelivery is
/// never written twice. The row is mapped now (a bad event is dead-lettered at once) and queued in Redis. Ownership
/// is the kit's <see cref="OutboundOwnership"/>: the legacy system cannot be read, so a customer linked to a legacy
/// number counts as changed in every field the event carries, and the columns ownership withholds are left blank
/// (blank means "no value given" to the import, as for a field the event does not carry).
/// </summary>
public sealed class CustomerExportHandler(
    MappingCatalog mappings,
    CrossReferenceStore crossReference,
    OutboundJournal journal,
    OutboundOwnership ownership,
    WriteJournal writes,
    EnvelopeFactory envelopes,
    ConnectorTelemetry telemetry,
    IOptions<OutboundOptions> options,
    TimeProvider time) : IEventHandler<CustomerUpserted>
{
    public const string Operation = "export-customer";
    public const string EntityType = "customer";

    public async Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var eventId = @event.Envelope.EventId.ToString();
        if (await journal.IsWrittenAsync(eventId).ConfigureAwait(false))
        {
            telemetry.Outbound(Operation, "skipped");
            return;
        }

        var mapper = mappings[options.Value.Mapping];
        var canonical = CanonicalCustomerRecord.From(@event);
        var legacyNumber = await LegacyNumberAsync(@event.Envelope.EntityId).ConfigureAwait(false);
        var record = mapper.Map(SourceRecord(@event, canonical, legacyNumber)).RecordOrThrow();
        var change = OutboundChangeFactory.ForCustomer(@event, canonical, mapper.Definition, MappedValues.AsText(record), legacyNumber is null ? TargetRecord.New : TargetRecord.Unread);
        var decision = await ownership.DecideAsync(change, cancellationToken).ConfigureAwait(false);
        var values = mapper.Definition.Fields
            .Select(f => decision.Withheld.Contains(f.Target) ? "" : Text(record.GetValueOrDefault(f.Target)))
            .ToList();
        await journal.EnqueueAsync(new PendingRow(eventId, time.GetUtcNow(), values)).ConfigureAwait(false);
        // The legacy system cannot be read: previous values are unknown, so revert lists these writes but cannot undo them.
        await writes.RecordAsync(change, decision, legacyNumber ?? @event.Envelope.EntityId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> LegacyNumberAsync(string customerId)
    {
        var links = await crossReference.GetLinksAsync(EntityType, customerId).ConfigureAwait(false);
        return links.FirstOrDefault(l => l.System == envelopes.SourceSystem)?.LocalId;
    }

    /// <summary>The canonical record plus the row's own columns: event id, customer id, legacy number, source, change time.</summary>
    private static Dictionary<string, object?> SourceRecord(CustomerUpserted customer, Dictionary<string, object?> canonical, string? legacyNumber)
    {
        var record = new Dictionary<string, object?>(canonical, StringComparer.Ordinal)
        {
            ["eventId"] = customer.Envelope.EventId.ToString(),
            ["customerId"] = customer.Envelope.EntityId,
            ["legacyCustomerNumber"] = legacyNumber,
            ["sourceSystem"] = customer.Envelope.SourceSystem,
            ["occurredAt"] = customer.Envelope.OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        };
        return record;
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
