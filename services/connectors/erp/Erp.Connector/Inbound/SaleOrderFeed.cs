using System.Globalization;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Connectors.Polling;
using Hub.Contracts;
using Hub.Mapping;
using Hub.Messaging;

namespace Erp.Connector.Inbound;

/// <summary>
/// sale.order changes → OrderStatusChanged when the canonical status changed (erp-to-canonical.order-status).
/// Orders carry their canonical id in client_order_ref (the connector created them from OrderPlaced); orders made in
/// the ERP itself have none and are not published (the shop is the order authority). The first sighting of a
/// pending quotation is the order the connector just created, not a change.
/// </summary>
public sealed class SaleOrderFeed(
    IServiceProvider services,
    MappingCatalog mappings,
    OrderStatusStore statuses,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes,
    ConnectorTelemetry telemetry,
    ILogger<SaleOrderFeed> logger) : IDeltaFeed<SaleOrderRecord>
{
    public const string MappingName = "erp-to-canonical.order-status";
    private static readonly string[] Fields = ["name", "client_order_ref", "origin", "state", "write_date"];

    public async Task<IReadOnlyList<SaleOrderRecord>> ReadAsync(DeltaQuery<SaleOrderRecord> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var client = services.GetRequiredService<OdooClient>();
        var rows = await WriteDatePager.ReadAsync(
            (domain, order, limit) => client.SearchReadAsync("sale.order", domain, Fields, cancellationToken, order, limit),
            query.ChangedSince,
            query.After is { } a ? (a.WriteDateText, a.Id) : null,
            query.Limit);
        return [.. rows.Select(OdooRecords.Order)];
    }

    public DeltaKey KeyOf(SaleOrderRecord record) => new(record.VersionId, record.WriteDate);

    public async Task PublishAsync(IReadOnlyList<SaleOrderRecord> records, CancellationToken cancellationToken)
    {
        foreach (var order in records)
        {
            if (order.ClientOrderRef is not { Length: > 0 } canonicalId)
            {
                telemetry.Inbound("poll", "order", "unmatched");
                continue;
            }

            var mapped = mappings[MappingName].Map(new Dictionary<string, object?> { ["state"] = order.State });
            if (mapped.IsRejected)
            {
                logger.LogWarning("sale.order {Order}: state {State} has no canonical status ({Issues}); not published", order.Id, order.State, string.Join("; ", mapped.Rejections));
                telemetry.Inbound("poll", "order", "rejected");
                continue;
            }

            var status = Enum.Parse<OrderStatus>(mapped.Record["status"]!.ToString()!);
            var previous = await statuses.GetAsync(order.Id);
            if (previous == status || (previous is null && status == OrderStatus.Pending))
            {
                await statuses.SetAsync(order.Id, status);
                telemetry.Inbound("poll", "order", "duplicate");
                continue;
            }

            var id = order.Id.ToString(CultureInfo.InvariantCulture);
            var change = new OrderStatusChanged
            {
                Envelope = envelopes.Observed(
                    OrderStatusChanged.ContractVersion,
                    DeterministicEventId.ForChange(envelopes.SourceSystem, "sale.order", order.VersionId, order.WriteDate),
                    canonicalId,
                    id,
                    order.WriteDate),
                OrderNumber = order.Origin ?? order.Name,
                Status = status,
                PreviousStatus = previous,
                Reason = $"sale.order state {order.State}",
            };
            await publisher.PublishAsync(change, cancellationToken);
            await statuses.SetAsync(order.Id, status);
            telemetry.Inbound("poll", "order", "published");
        }
    }
}
