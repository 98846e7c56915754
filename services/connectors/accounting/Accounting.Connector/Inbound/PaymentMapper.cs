using Accounting.Connector.Api;
using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Contracts;

namespace Accounting.Connector.Inbound;

/// <summary>A Xero payment on an ACCREC invoice → PaymentReceived, linked to the invoice and its order's customer.</summary>
public sealed class PaymentMapper(EnvelopeFactory envelopes)
{
    public const string Model = "Payment";

    public static bool IsCustomerPayment(XeroPayment payment) =>
        payment is { Status: "AUTHORISED", PaymentType: "ACCRECPAYMENT" or null, Invoice.Type: "ACCREC" or null };

    /// <summary>The canonical customer: from the hub's own invoice link, else the contact's ContactNumber.</summary>
    public static string? CustomerOf(XeroPayment payment, InvoiceLink? link) =>
        link?.CustomerId ?? (string.IsNullOrWhiteSpace(payment.Invoice?.Contact?.ContactNumber) ? null : payment.Invoice.Contact.ContactNumber);

    public PaymentReceived Map(XeroPayment payment, string customerId, InvoiceLink? link)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var changedAt = payment.UpdatedDateUTC ?? throw new InvalidDataException($"payment {payment.PaymentID} has no UpdatedDateUTC");
        var id = payment.PaymentID.ToString();
        var eventId = DeterministicEventId.ForChange(envelopes.SourceSystem, Model, id, changedAt);
        var envelope = envelopes.Observed(PaymentReceived.ContractVersion, eventId, id, id, changedAt, link?.CorrelationId);
        envelope.CausationId = link?.InvoiceRaisedEventId;
        return new PaymentReceived
        {
            Envelope = envelope,
            PaymentReference = string.IsNullOrWhiteSpace(payment.Reference) ? id : payment.Reference,
            CustomerId = customerId,
            InvoiceNumber = payment.Invoice?.InvoiceNumber,
            Amount = new Money { Amount = InvoiceMapper.Round(payment.Amount, 2), Currency = payment.Invoice?.CurrencyCode ?? "" },
            // Xero records the bank account paid into, not how the customer paid.
            Method = PaymentMethod.Unknown,
            ReceivedAt = payment.Date ?? changedAt,
            PayerName = payment.Invoice?.Contact?.Name,
        };
    }
}
