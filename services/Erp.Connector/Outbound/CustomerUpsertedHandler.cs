using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Mapping;
using Hub.Messaging;

namespace Erp.Connector.Outbound;

/// <summary>
/// CustomerUpserted → res.partner, looked up by ref = canonical id: written when it exists, created otherwise, so a
/// redelivery (even after the dedup marker was lost) never creates a second partner. ERP-owned fields are left out.
/// </summary>
public sealed partial class CustomerUpsertedHandler(
    OdooClient client,
    ErpReferenceData reference,
    MappingCatalog mappings,
    ErpOwnedFields owned,
    ILogger<CustomerUpsertedHandler> logger) : IEventHandler<CustomerUpserted>
{
    public const string MappingName = "canonical-to-erp.customer";
    private const string Operation = "upsert res.partner";

    public async Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var id = @event.Envelope.EntityId;

        var mapped = mappings[MappingName].Map(CanonicalCustomerRecord.From(@event)).RecordOrThrow();
        var left = owned.RemoveFrom(mapped, @event.Envelope.SourceSystem);
        if (left.Count > 0)
        {
            LogOwnedFieldsLeftOut(id, @event.Envelope.SourceSystem, string.Join(", ", left));
        }

        var values = await PartnerValues.BuildAsync(mapped, id, client, reference, cancellationToken);
        var existing = await client.SearchReadAsync(
            "res.partner", new JsonArray(new JsonArray("ref", "=", id), new JsonArray("active", "in", new JsonArray(true, false))), ["id"], cancellationToken, limit: 1);
        if (existing.Count > 0)
        {
            await client.WriteAsync("res.partner", existing[0]!["id"]!.GetValue<int>(), values, cancellationToken);
            return;
        }

        values["customer_rank"] = 1;
        var partner = await client.CreateAsync("res.partner", values, cancellationToken);
        LogCreated(id, partner);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer {CanonicalId} created as res.partner {PartnerId}")]
    private partial void LogCreated(string canonicalId, int partnerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Customer {CanonicalId} from {Source}: left out ERP-owned fields {Fields}")]
    private partial void LogOwnedFieldsLeftOut(string canonicalId, string source, string fields);
}
