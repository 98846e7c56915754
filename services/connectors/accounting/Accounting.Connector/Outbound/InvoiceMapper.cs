using Accounting.Connector.Api;
using Hub.Contracts;
using Hub.Messaging.Errors;
using Microsoft.Extensions.Options;

namespace Accounting.Connector.Outbound;

/// <summary>
/// OrderPlaced → a Xero ACCREC invoice (AUTHORISED, Exclusive amounts, unit prices to 4 places, tax per line to 2
/// places rounding half away from zero as Xero does), and Xero's answer → InvoiceRaised in the order's currency.
/// </summary>
public sealed class InvoiceMapper(IOptions<AccountingOptions> options)
{
    public XeroInvoice ToXero(OrderPlaced order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var currency = CurrencyOf(order);
        var issued = DateOnly.FromDateTime(order.Envelope.OccurredAt.UtcDateTime);
        return new XeroInvoice
        {
            Type = "ACCREC",
            Reference = order.OrderNumber,
            Status = "AUTHORISED",
            LineAmountTypes = "Exclusive",
            CurrencyCode = currency,
            Date = new DateTimeOffset(issued.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            DueDate = new DateTimeOffset(issued.AddDays(options.Value.PaymentTermsDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            // Matched by ContactNumber; when the customer has not reached accounting yet the invoice creates the contact
            // (by name), and the customer's own CustomerUpserted later completes it through the same ContactNumber.
            Contact = new XeroContact
            {
                ContactNumber = order.CustomerId,
                Name = $"Customer {order.CustomerId}",
                Addresses = order.BillingAddress is { } a
                    ? [new XeroAddress { AddressType = "POBOX", AddressLine1 = a.Line1, AddressLine2 = a.Line2, City = a.City, Region = a.Region, PostalCode = a.PostalCode, Country = a.CountryCode }]
                    : null,
            },
            LineItems = order.Lines.OrderBy(l => l.LineNumber).Select(Line).ToList(),
        };
    }

    public InvoiceRaised ToRaised(OrderPlaced order, XeroInvoice invoice, Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(invoice);
        var currency = invoice.CurrencyCode ?? CurrencyOf(order);
        var orderLines = order.Lines.OrderBy(l => l.LineNumber).ToList();
        var lines = (invoice.LineItems ?? []).Select((l, i) => new InvoiceLine
        {
            LineNumber = i < orderLines.Count ? orderLines[i].LineNumber : i + 1,
            Sku = l.ItemCode ?? (i < orderLines.Count ? orderLines[i].Sku : ""),
            Description = l.Description,
            Quantity = l.Quantity ?? 1m,
            UnitPrice = Money(l.UnitAmount ?? 0m, currency),
            TaxRatePercent = i < orderLines.Count ? orderLines[i].TaxRatePercent : 0m,
            LineTotal = Money(l.LineAmount ?? 0m, currency),
        }).ToList();
        return new InvoiceRaised
        {
            Envelope = envelope,
            InvoiceNumber = invoice.InvoiceNumber ?? throw new PermanentEventException("invoice-number-missing", "accounting answered without an InvoiceNumber"),
            CustomerId = order.CustomerId,
            OrderId = order.Envelope.EntityId,
            IssueDate = DateOnly.FromDateTime((invoice.Date ?? order.Envelope.OccurredAt).UtcDateTime),
            DueDate = DateOnly.FromDateTime((invoice.DueDate ?? invoice.Date ?? order.Envelope.OccurredAt).UtcDateTime),
            Lines = lines,
            NetTotal = Money(invoice.SubTotal ?? 0m, currency),
            TaxTotal = Money(invoice.TotalTax ?? 0m, currency),
            GrossTotal = Money(invoice.Total ?? 0m, currency),
            BillingAddress = order.BillingAddress,
        };
    }

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private XeroLineItem Line(OrderLine line)
    {
        var quantity = Round(line.Quantity, 4);
        var unit = Round(line.UnitPrice.Amount, 4);
        var lineTotal = Round(line.LineTotal.Amount, 2);
        var discount = Round(quantity * unit, 2) - lineTotal;
        return new XeroLineItem
        {
            ItemCode = line.Sku,
            Description = string.IsNullOrWhiteSpace(line.Description) ? line.Sku : line.Description,
            Quantity = quantity,
            UnitAmount = unit,
            DiscountAmount = discount > 0m ? discount : null,
            AccountCode = options.Value.SalesAccountCode,
            TaxType = options.Value.TaxType,
            TaxAmount = Round(lineTotal * line.TaxRatePercent / 100m, 2),
        };
    }

    private static Money Money(decimal amount, string currency) => new() { Amount = amount, Currency = currency };

    /// <summary>One invoice has one currency; an order mixing currencies cannot be invoiced as it is.</summary>
    private static string CurrencyOf(OrderPlaced order)
    {
        var currencies = order.Lines.Select(l => l.UnitPrice.Currency).Append(order.GrossTotal.Currency)
            .Where(c => !string.IsNullOrEmpty(c)).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        if (order.Lines.Count == 0)
        {
            throw new PermanentEventException("order-without-lines", $"order {order.OrderNumber} has no lines to invoice");
        }

        return currencies.Count == 1
            ? currencies[0]
            : throw new PermanentEventException("mixed-currencies", $"order {order.OrderNumber} mixes currencies ({string.Join(", ", currencies)}); an invoice has one");
    }
}
