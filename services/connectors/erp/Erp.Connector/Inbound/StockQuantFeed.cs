using System.Globalization;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Connectors.Polling;
using Hub.Contracts;
using Hub.Identity;
using Hub.Messaging;

namespace Erp.Connector.Inbound;

/// <summary>
/// stock.quant changes → StockLevelChanged, keyed by the product's canonical id (the ERP is the product authority,
/// so its products create canonical ids). Event ids come from (quant id, write_date): a re-read is a duplicate.
/// </summary>
public sealed class StockQuantFeed(
    IServiceProvider services,
    ErpReferenceData reference,
    CrossReferenceStore identities,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes,
    ConnectorTelemetry telemetry,
    ILogger<StockQuantFeed> logger) : IDeltaFeed<StockQuantRecord>
{
    private static readonly string[] Fields = ["product_id", "location_id", "quantity", "reserved_quantity", "write_date"];

    public async Task<IReadOnlyList<StockQuantRecord>> ReadAsync(DeltaQuery<StockQuantRecord> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var client = Client();
        var rows = await WriteDatePager.ReadAsync(
            (domain, order, limit) => client.SearchReadAsync("stock.quant", domain, Fields, cancellationToken, order, limit),
            query.ChangedSince,
            query.After is { } a ? (a.WriteDateText, a.Id) : null,
            query.Limit);
        return [.. rows.Select(OdooRecords.Quant)];
    }

    public DeltaKey KeyOf(StockQuantRecord record) => new(record.VersionId, record.WriteDate);

    public async Task PublishAsync(IReadOnlyList<StockQuantRecord> records, CancellationToken cancellationToken)
    {
        var client = Client();
        var skus = await reference.SkusAsync(client, records.Select(r => r.ProductId), cancellationToken);
        foreach (var quant in records)
        {
            if (skus[quant.ProductId] is not { } sku)
            {
                logger.LogWarning("stock.quant {Quant}: product {Product} has no internal reference (default_code); not published", quant.Id, quant.ProductId);
                telemetry.Inbound("poll", "stock", "rejected");
                continue;
            }

            var product = await identities.ResolveOrCreateAsync("product", envelopes.SourceSystem, quant.ProductId.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["sku"] = sku });
            var id = quant.Id.ToString(CultureInfo.InvariantCulture);
            var change = new StockLevelChanged
            {
                Envelope = envelopes.Observed(
                    StockLevelChanged.ContractVersion,
                    DeterministicEventId.ForChange(envelopes.SourceSystem, "stock.quant", quant.VersionId, quant.WriteDate),
                    product.CanonicalId ?? throw new InvalidOperationException($"product {quant.ProductId} got no canonical id ({product.Status})"),
                    id,
                    quant.WriteDate),
                Sku = sku,
                WarehouseCode = quant.Location,
                QuantityOnHand = quant.Quantity,
                QuantityReserved = quant.Reserved,
                Reason = StockChangeReason.Unknown,
            };
            await publisher.PublishAsync(change, cancellationToken);
            telemetry.Inbound("poll", "stock", "published");
        }
    }

    private OdooClient Client() => services.GetRequiredService<OdooClient>();
}
