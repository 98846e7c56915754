using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Messaging;

namespace Shop.Connector.Outbound;

/// <summary>
/// Sets the shop's available quantity (on hand minus reserved, whole units, never negative) of the event's SKU.
/// Changes the shop itself reported are skipped (echo suppression); SKUs the shop does not sell are skipped too.
/// Failures are classified by the API client: 429/5xx/down are retried by the pipeline, nothing is lost.
/// </summary>
public sealed partial class StockLevelChangedHandler(
    InventoryItemLookup lookup,
    ShopifyAdminClient client,
    ConnectorTelemetry telemetry,
    ILogger<StockLevelChangedHandler> logger) : IEventHandler<StockLevelChanged>
{
    public const string Operation = "set inventory level";

    public async Task HandleAsync(StockLevelChanged @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);

        var item = await lookup.FindInventoryItemAsync(@event.Sku, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            telemetry.Outbound(Operation, "skipped");
            LogUnknownSku(logger, @event.Sku);
            return;
        }

        var location = await lookup.GetLocationIdAsync(cancellationToken).ConfigureAwait(false);
        await client.SetInventoryLevelAsync(item.Value, location, Available(@event), context.IdempotencyKey, cancellationToken).ConfigureAwait(false);
    }

    public static int Available(StockLevelChanged @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var available = decimal.Floor(@event.QuantityOnHand - @event.QuantityReserved);
        return available <= 0 ? 0 : available >= int.MaxValue ? int.MaxValue : (int)available;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SKU {Sku} is not sold in the shop; stock change skipped")]
    private static partial void LogUnknownSku(ILogger logger, string sku);
}
