using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Mapping;
using Hub.Messaging;

namespace Erp.Connector.Outbound;

/// <summary>
/// CustomerUpserted → res.partner, looked up by ref = canonical id: written when it exists, created otherwise, so a
/// redelivery (even after the dedup marker was lost) never creates a second partner. The partner's current values are
/// read with the lookup, and the kit's <see cref="OutboundOwnership"/> decides what to write: a new partner gets every
/// mapped field (but a credit limit only from the ERP itself), an existing one the changed fields the sender may
/// change; changes that need a person (e.g. another system's billing address, which the ERP owns) are queued. Each write is recorded in the kit's <see cref="WriteJournal"/>.
/// </summary>
public sealed partial class CustomerUpsertedHandler(
    OdooClient client,
    ErpReferenceData reference,
    MappingCatalog mappings,
    OutboundOwnership ownership,
    WriteJournal journal,
    ILogger<CustomerUpsertedHandler> logger) : IEventHandler<CustomerUpserted>
{
    public const string MappingName = "canonical-to-erp.customer";

    public async Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var envelope = @event.Envelope;
        var id = envelope.EntityId;

        var canonical = CanonicalCustomerRecord.From(@event);
        var mapper = mappings[MappingName];
        var mapped = mapper.Map(canonical).RecordOrThrow();
        var values = await PartnerValues.BuildAsync(mapped, id, client, reference, cancellationToken);
        var found = await client.SearchReadAsync(
            "res.partner", new JsonArray(new JsonArray("ref", "=", id), new JsonArray("active", "in", new JsonArray(true, false))),
            PartnerState.Fields(mapper.Definition), cancellationToken, limit: 1);
        var partner = found.Count > 0 ? found[0]!.AsObject() : null;
        var desired = MappedValues.AsText(mapped);
        var change = OutboundChangeFactory.ForCustomer(@event, canonical, mapper.Definition, desired, partner is null ? TargetRecord.New : TargetRecord.Read(PartnerState.Current(partner, values, desired)));
        var decision = await ownership.DecideAsync(change, cancellationToken);

        var write = PartnerValues.Select(values, decision.Targets);
        if (partner is not null)
        {
            if (decision.IsEmpty)
            {
                LogNothingToWrite(id, envelope.EventId);
                return;
            }

            var partnerId = partner["id"]!.GetValue<int>();
            await client.WriteAsync("res.partner", partnerId, write, cancellationToken);
            await journal.RecordAsync(change, decision, partnerId.ToString(CultureInfo.InvariantCulture), cancellationToken);
            return;
        }

        write["customer_rank"] = 1;
        var created = await client.CreateAsync("res.partner", write, cancellationToken);
        await journal.RecordAsync(change, decision, created.ToString(CultureInfo.InvariantCulture), cancellationToken);
        LogCreated(id, created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer {CanonicalId} created as res.partner {PartnerId}")]
    private partial void LogCreated(string canonicalId, int partnerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Customer {CanonicalId}: event {EventId} changes nothing the ERP may take")]
    private partial void LogNothingToWrite(string canonicalId, Guid eventId);
}
