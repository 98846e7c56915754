using Hub.Contracts;
using Hub.Mapping;

namespace Shop.Connector.Inbound;

/// <summary>
/// The shop's order to canonical fields: shop-to-canonical.order for the order, shop-to-canonical.order-line for
/// each line item (with the order's currency copied in), line totals and tax rates computed here. Every rejection
/// of the order and all its lines is collected, so one dead-letter entry names everything wrong.
/// </summary>
public sealed class ShopOrderMapper(MappingCatalog catalog)
{
    public const string OrderMapping = "shop-to-canonical.order";
    public const string LineMapping = "shop-to-canonical.order-line";

    /// <returns>The order, or null with <paramref name="rejections"/> filled.</returns>
    public ShopOrder? Map(IReadOnlyDictionary<string, object?> order, List<MappingIssue> rejections)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(rejections);
        var header = catalog[OrderMapping].Map(order);
        rejections.AddRange(header.Rejections);
        var orderId = ShopIds.Text(order.GetValueOrDefault("id"));
        if (orderId is null)
        {
            rejections.Add(new MappingIssue("id", "required", IssueSeverity.Reject, "the order has no id"));
        }

        var lines = new List<OrderLine>();
        var items = order.GetValueOrDefault("line_items") as IReadOnlyList<object?> ?? [];
        if (items.Count == 0)
        {
            rejections.Add(new MappingIssue("line_items", "required", IssueSeverity.Reject, "the order has no line items"));
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not IReadOnlyDictionary<string, object?> item)
            {
                rejections.Add(new MappingIssue($"line_items[{i}]", "type", IssueSeverity.Reject, "not an object"));
                continue;
            }

            var source = new Dictionary<string, object?>(item, StringComparer.Ordinal) { ["currency"] = order.GetValueOrDefault("currency") };
            var line = catalog[LineMapping].Map(source);
            rejections.AddRange(line.Rejections.Select(r => r with { Field = $"line_items[{i}].{r.Field}" }));
            if (!line.IsRejected)
            {
                lines.Add(ToLine(i + 1, line.Record, item));
            }
        }

        if (rejections.Count > 0)
        {
            return null;
        }

        var r = header.Record;
        return new ShopOrder(
            orderId!,
            (string)r["orderNumber"]!,
            (DateTimeOffset)r["placedAt"]!,
            lines,
            ShopMoney.From(r["netTotal"]),
            ShopMoney.From(r["taxTotal"]),
            ShopMoney.From(r["shippingTotal"]),
            ShopMoney.From(r["grossTotal"]),
            ShopAddress.ToRecord(r.GetValueOrDefault("billingAddress"), AddressKind.Billing),
            ShopAddress.ToRecord(r.GetValueOrDefault("shippingAddress"), AddressKind.Shipping),
            r.GetValueOrDefault("salesChannel") as string);
    }

    public static OrderPlaced ToEvent(ShopOrder order, string customerId, Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderPlaced
        {
            Envelope = envelope,
            OrderNumber = order.OrderNumber,
            CustomerId = customerId,
            Lines = [.. order.Lines],
            NetTotal = order.NetTotal,
            TaxTotal = order.TaxTotal,
            ShippingTotal = order.ShippingTotal,
            GrossTotal = order.GrossTotal,
            BillingAddress = order.BillingAddress,
            ShippingAddress = order.ShippingAddress,
            SalesChannel = order.SalesChannel,
        };
    }

    private static OrderLine ToLine(int number, Dictionary<string, object?> mapped, IReadOnlyDictionary<string, object?> item)
    {
        var unitPrice = ShopMoney.From(mapped["unitPrice"]);
        var quantity = (decimal)mapped["quantity"]!;
        var discount = mapped["discount"] as decimal? ?? 0m;
        var lineTotal = Math.Round((quantity * unitPrice.Amount) - discount, Iso4217.MinorUnits(unitPrice.Currency), MidpointRounding.ToEven);
        return new OrderLine
        {
            LineNumber = number,
            Sku = (string)mapped["sku"]!,
            Description = mapped.GetValueOrDefault("description") as string,
            Quantity = quantity,
            UnitPrice = unitPrice,
            TaxRatePercent = TaxRatePercent(item.GetValueOrDefault("tax_lines")),
            LineTotal = new Money { Amount = lineTotal, Currency = unitPrice.Currency },
        };
    }

    /// <summary>Shopify gives tax rates as fractions (0.2); the canonical line has percent (20.0000).</summary>
    private static decimal TaxRatePercent(object? taxLines) =>
        (taxLines as IReadOnlyList<object?> ?? [])
            .OfType<IReadOnlyDictionary<string, object?>>()
            .Sum(t => t.GetValueOrDefault("rate") is decimal rate ? rate * 100m : 0m);
}
