using System.Globalization;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Legacy.Connector.Reading;

namespace Legacy.Connector.Inbound;

/// <summary>
/// A stock line → StockLevelChanged. The ERP is the product authority: the SKU must match a product the ERP
/// connector put into the cross-reference (match key sku); the legacy system cannot create products, so an unknown
/// SKU is quarantined. Entity id as the contract says: &lt;warehouseCode&gt;:&lt;sku&gt;.
/// </summary>
public sealed class StockRowConverter(MappingCatalog mappings, CrossReferenceStore crossReference, EnvelopeFactory envelopes) : IRowConverter
{
    public ExportEntity Entity => ExportEntity.Stock;

    public async Task<RowResult> ConvertAsync(SourceRow row, FilePatternOptions pattern, string fileHash)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(pattern);
        var mapped = mappings[pattern.Mapping].Map(row.ToRecord());
        if (mapped.IsRejected)
        {
            return RowResult.Rejected(MappingReasons.Of(mapped));
        }

        var record = mapped.Record;
        var sku = (string)record["sku"]!;
        var product = await crossReference.ResolveOrCreateAsync("product", envelopes.SourceSystem, sku, new Dictionary<string, string?> { ["sku"] = sku }).ConfigureAwait(false);
        if (product.CanonicalId is null)
        {
            return RowResult.Rejected($"sku (unknown-product): no ERP product with SKU '{sku}' in the cross-reference");
        }

        var warehouse = (string)record["warehouseCode"]!;
        var stock = new StockLevelChanged
        {
            Sku = sku,
            WarehouseCode = warehouse,
            QuantityOnHand = Convert.ToDecimal(record["quantityOnHand"], CultureInfo.InvariantCulture),
            QuantityReserved = Convert.ToDecimal(record.GetValueOrDefault("quantityReserved") ?? 0m, CultureInfo.InvariantCulture),
            Reason = Enum.TryParse<StockChangeReason>(Convert.ToString(record.GetValueOrDefault("reason"), CultureInfo.InvariantCulture), out var reason) ? reason : StockChangeReason.Unknown,
        };
        var eventId = RowEventId.For(envelopes.SourceSystem, fileHash, row.Number, nameof(StockLevelChanged));
        stock.Envelope = envelopes.Observed(StockLevelChanged.ContractVersion, eventId, $"{warehouse}:{sku}", $"{warehouse}:{sku}", (DateTimeOffset)record["changedAt"]!);
        return RowResult.Accepted(stock);
    }
}
