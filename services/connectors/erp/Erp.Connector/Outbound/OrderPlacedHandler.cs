using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Messaging;
using Hub.Messaging.Errors;

namespace Erp.Connector.Outbound;

/// <summary>
/// OrderPlaced → sale.order (a quotation in state draft), looked up by client_order_ref = canonical order id so it is
/// created once. The customer is found by ref; when its CustomerUpserted has not been applied yet (topics are not
/// ordered against each other) the order waits on the retry path.
/// </summary>
public sealed partial class OrderPlacedHandler(
    OdooClient client,
    ErpReferenceData reference,
    ConnectorTelemetry telemetry,
    ILogger<OrderPlacedHandler> logger) : IEventHandler<OrderPlaced>
{
    private const string Operation = "create sale.order";

    public async Task HandleAsync(OrderPlaced @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var id = @event.Envelope.EntityId;

        var existing = await client.SearchReadAsync("sale.order", new JsonArray(new JsonArray("client_order_ref", "=", id)), ["id"], cancellationToken, limit: 1);
        if (existing.Count > 0)
        {
            telemetry.Outbound(Operation, "skipped");
            return;
        }

        var partner = await client.SearchReadAsync(
            "res.partner", new JsonArray(new JsonArray("ref", "=", @event.CustomerId), new JsonArray("active", "in", new JsonArray(true, false))), ["id"], cancellationToken, limit: 1);
        if (partner.Count == 0)
        {
            throw new TransientEventException($"Customer {@event.CustomerId} of order {id} is not in the ERP yet; retried until its CustomerUpserted is applied.");
        }

        var lines = new JsonArray();
        foreach (var line in @event.Lines.OrderBy(l => l.LineNumber))
        {
            var product = await reference.ProductIdAsync(client, line.Sku, cancellationToken)
                ?? throw new PermanentEventException("erp-unknown-product", $"Order {id} line {line.LineNumber}: the ERP has no product {line.Sku}.");
            lines.Add(new JsonArray(0, 0, new JsonObject
            {
                ["product_id"] = product,
                ["name"] = line.Description ?? line.Sku,
                ["product_uom_qty"] = line.Quantity,
                ["price_unit"] = line.UnitPrice.Amount,
            }));
        }

        var order = await client.CreateAsync(
            "sale.order",
            new JsonObject
            {
                ["partner_id"] = partner[0]!["id"]!.GetValue<int>(),
                ["client_order_ref"] = id,
                ["origin"] = @event.OrderNumber,
                ["order_line"] = lines,
            },
            cancellationToken);
        LogCreated(id, order);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {CanonicalId} created as sale.order {OrderId}")]
    private partial void LogCreated(string canonicalId, int orderId);
}
