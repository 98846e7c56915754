using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Ledger;

public sealed partial class AccountingLedger
{
    /// <summary>Payments changed at or after <paramref name="since"/>, oldest change first (ties by id).</summary>
    public IReadOnlyList<Payment> PaymentsSince(DateTimeOffset? since) =>
        _payments.Where(p => since is null || p.Updated >= since).OrderBy(p => p.Updated).ThenBy(p => p.PaymentID).ToList();

    /// <summary>A customer pays an AUTHORISED invoice; the invoice's amounts (and PAID status) follow.</summary>
    public (Payment? Saved, IReadOnlyList<ElementResult> Errors) RecordPayment(RecordPaymentRequest request, string? key)
    {
        var invoice = _invoices.FirstOrDefault(i => (request.InvoiceID is { } id && i.InvoiceID == id) || (request.InvoiceNumber is { } n && i.InvoiceNumber == n));
        var amount = Round(request.Amount ?? invoice?.AmountDue ?? 0m, 2);
        var messages = new List<string>();
        if (invoice is null)
        {
            messages.Add("Invoice could not be found");
        }
        else if (invoice.Status != "AUTHORISED")
        {
            messages.Add("Payment can only be made against Authorised documents");
        }
        else if (amount <= 0m || amount > invoice.AmountDue)
        {
            messages.Add("Payment amount exceeds the amount outstanding on this document");
        }

        if (messages.Count > 0)
        {
            return (null, [new ElementResult(request, messages)]);
        }

        invoice!.AmountPaid += amount;
        invoice.AmountDue -= amount;
        invoice.Status = invoice.AmountDue == 0m ? "PAID" : invoice.Status;
        Touch(invoice);
        var payment = new Payment
        {
            PaymentID = Guid.NewGuid(),
            Date = XeroDate.Date(XeroDate.ParseDate(request.Date) ?? DateOnly.FromDateTime(Now().UtcDateTime)),
            Amount = amount,
            Reference = request.Reference,
            Invoice = new Invoice
            {
                Type = invoice.Type,
                InvoiceID = invoice.InvoiceID,
                InvoiceNumber = invoice.InvoiceNumber,
                Reference = invoice.Reference,
                CurrencyCode = invoice.CurrencyCode,
                Contact = invoice.Contact,
            },
            Updated = Now(),
        };
        payment.UpdatedDateUTC = XeroDate.Timestamp(payment.Updated);
        _payments.Add(payment);
        Record("payment.created", payment.PaymentID.ToString(), invoice.InvoiceNumber, key, payment.Reference);
        return (payment, []);
    }
}
