using System.Globalization;
using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Ledger;

public sealed partial class AccountingLedger
{
    private static readonly string[] Types = ["ACCREC", "ACCPAY"];
    private static readonly string[] CreatableStatuses = ["DRAFT", "SUBMITTED", "AUTHORISED"];

    public IReadOnlyList<Invoice> Invoices(Func<Invoice, bool> filter) => _invoices.Where(filter).ToList();

    /// <summary>
    /// PUT/POST /Invoices (create). Amounts rounded to 2 places, unit amounts to <paramref name="unitDecimals"/>.
    /// <paramref name="allOrNothing"/> (Xero's default, summarised errors): one invalid invoice saves none. Otherwise
    /// (summarizeErrors=false) each invoice stands alone: the valid ones are saved, the invalid ones come back with
    /// their messages, in request order.
    /// </summary>
    public IReadOnlyList<ElementResult> CreateInvoices(IReadOnlyList<Invoice> input, int unitDecimals, string? key, bool allOrNothing)
    {
        if (allOrNothing)
        {
            var checkedFirst = input.Select(i => new ElementResult(i, ValidateInvoice(i, unitDecimals))).ToList();
            return checkedFirst.Any(r => r.Rejected) ? checkedFirst : input.Select(i => ElementResult.Saved(CreateInvoice(i, unitDecimals, key))).ToList();
        }

        return input.Select(i => ValidateInvoice(i, unitDecimals) is { Count: > 0 } messages
            ? new ElementResult(i, messages)
            : ElementResult.Saved(CreateInvoice(i, unitDecimals, key))).ToList();
    }

    private List<string> ValidateInvoice(Invoice invoice, int unitDecimals)
    {
        var messages = new List<string>();
        if (invoice.Type is null || !Types.Contains(invoice.Type))
        {
            messages.Add("Invoice Type must be specified as ACCREC or ACCPAY.");
        }

        if (invoice.Contact is null || (invoice.Contact.ContactID is null && string.IsNullOrWhiteSpace(invoice.Contact.ContactNumber) && string.IsNullOrWhiteSpace(invoice.Contact.Name)))
        {
            messages.Add("A Contact must be specified for this type of transaction");
        }
        else if (FindContact(invoice.Contact) is null && string.IsNullOrWhiteSpace(invoice.Contact.Name))
        {
            messages.Add("The contact could not be found and no contact name was given to create it.");
        }

        var currency = invoice.CurrencyCode ?? Options.BaseCurrency;
        if (!Options.Currencies.Contains(currency, StringComparer.Ordinal))
        {
            messages.Add($"Organisation is not subscribed to currency {currency}");
        }

        var status = invoice.Status ?? "DRAFT";
        if (!CreatableStatuses.Contains(status))
        {
            messages.Add($"Invoice not of valid status for creation: {status}");
        }

        if (status == "AUTHORISED" && XeroDate.ParseDate(invoice.DueDate) is null)
        {
            messages.Add("Due Date is required.");
        }

        if (invoice.InvoiceNumber is { } number && _invoices.Any(i => i.InvoiceNumber == number && i.Type == invoice.Type))
        {
            messages.Add("Invoice # must be unique.");
        }

        if (invoice.LineItems is not { Count: > 0 })
        {
            messages.Add("At least one line item is required.");
        }

        foreach (var (line, index) in (invoice.LineItems ?? []).Select((l, i) => (l, i + 1)))
        {
            if (line.UnitAmount is null)
            {
                messages.Add($"Line {index}: a UnitAmount must be specified.");
            }
            else if (line.LineAmount is { } sent && sent != LineAmount(line, unitDecimals))
            {
                messages.Add($"Line {index}: the LineAmount {sent.ToString(CultureInfo.InvariantCulture)} does not equal Quantity x UnitAmount less discount.");
            }
        }

        return messages;
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static decimal LineAmount(LineItem line, int unitDecimals) =>
        Round((line.Quantity ?? 1m) * Round(line.UnitAmount ?? 0m, unitDecimals) - (line.DiscountAmount ?? 0m), 2);

    private Invoice CreateInvoice(Invoice input, int unitDecimals, string? key)
    {
        var contact = FindContact(input.Contact!) ?? CreateContact(new Contact { Name = input.Contact!.Name, ContactNumber = input.Contact.ContactNumber, Addresses = input.Contact.Addresses }, key);
        contact.IsCustomer = contact.IsCustomer == true || input.Type == "ACCREC";
        var lines = input.LineItems!.Select(l => new LineItem
        {
            LineItemID = Guid.NewGuid(),
            ItemCode = l.ItemCode,
            Description = l.Description,
            Quantity = l.Quantity ?? 1m,
            UnitAmount = Round(l.UnitAmount!.Value, unitDecimals),
            DiscountAmount = l.DiscountAmount,
            AccountCode = l.AccountCode ?? "200",
            TaxType = l.TaxType ?? "OUTPUT",
            TaxAmount = Round(l.TaxAmount ?? 0m, 2),
            LineAmount = LineAmount(l, unitDecimals),
        }).ToList();
        var invoice = new Invoice
        {
            Type = input.Type,
            InvoiceID = Guid.NewGuid(),
            InvoiceNumber = input.InvoiceNumber ?? $"INV-{_invoices.Count + 1:0000}",
            Reference = input.Reference,
            Contact = new Contact { ContactID = contact.ContactID, ContactNumber = contact.ContactNumber, Name = contact.Name },
            Date = XeroDate.Date(XeroDate.ParseDate(input.Date) ?? DateOnly.FromDateTime(Now().UtcDateTime)),
            DueDate = XeroDate.ParseDate(input.DueDate) is { } due ? XeroDate.Date(due) : null,
            Status = input.Status ?? "DRAFT",
            LineAmountTypes = input.LineAmountTypes ?? "Exclusive",
            LineItems = lines,
            SubTotal = lines.Sum(l => l.LineAmount!.Value),
            TotalTax = lines.Sum(l => l.TaxAmount!.Value),
            CurrencyCode = input.CurrencyCode ?? Options.BaseCurrency,
            CurrencyRate = 1m,
            AmountPaid = 0m,
        };
        invoice.Total = invoice.SubTotal + invoice.TotalTax;
        invoice.AmountDue = invoice.Total;
        Touch(invoice);
        _invoices.Add(invoice);
        Record("invoice.created", invoice.InvoiceID!.Value.ToString(), invoice.InvoiceNumber, key, invoice.Reference);
        return invoice;
    }

    private void Touch(Invoice invoice)
    {
        invoice.Updated = Now();
        invoice.UpdatedDateUTC = XeroDate.Timestamp(invoice.Updated);
    }
}
