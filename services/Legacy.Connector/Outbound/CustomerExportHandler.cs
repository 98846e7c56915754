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
/// system itself caused) are skipped; a row already written to a committed file is skipped too, so a redelivery is
/// never written twice. The row is mapped now (a bad event is dead-lettered at once) and queued in Redis.
/// </summary>
public sealed class CustomerExportHandler(
    MappingCatalog mappings,
    CrossReferenceStore crossReference,
    OutboundJournal journal,
    EnvelopeFactory envelopes,
    ConnectorTelemetry telemetry,
    IOptions<OutboundOptions> options,
    TimeProvider time) : IEventHandler<CustomerUpserted>
{
    public const string Operation = "export-customer";

    public async Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (string.Equals(@event.Envelope.SourceSystem, envelopes.SourceSystem, StringComparison.Ordinal))
        {
            telemetry.Outbound(Operation, "skipped");
            return;
        }

        var eventId = @event.Envelope.EventId.ToString();
        if (await journal.IsWrittenAsync(eventId).ConfigureAwait(false))
        {
            telemetry.Outbound(Operation, "skipped");
            return;
        }

        var mapper = mappings[options.Value.Mapping];
        var record = mapper.Map(await SourceRecordAsync(@event).ConfigureAwait(false)).RecordOrThrow();
        var values = mapper.Definition.Fields.Select(f => Text(record.GetValueOrDefault(f.Target))).ToList();
        await journal.EnqueueAsync(new PendingRow(eventId, time.GetUtcNow(), values)).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, object?>> SourceRecordAsync(CustomerUpserted customer)
    {
        var links = await crossReference.GetLinksAsync("customer", customer.Envelope.EntityId).ConfigureAwait(false);
        var record = CanonicalCustomerRecord.From(customer);
        record["eventId"] = customer.Envelope.EventId.ToString();
        record["customerId"] = customer.Envelope.EntityId;
        record["legacyCustomerNumber"] = links.FirstOrDefault(l => l.System == envelopes.SourceSystem)?.LocalId;
        record["sourceSystem"] = customer.Envelope.SourceSystem;
        record["occurredAt"] = customer.Envelope.OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        return record;
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
