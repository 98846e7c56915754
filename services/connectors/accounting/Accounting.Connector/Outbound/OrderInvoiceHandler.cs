using Accounting.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Messaging;
using Hub.Messaging.Errors;

namespace Accounting.Connector.Outbound;

/// <summary>
/// OrderPlaced → one ACCREC invoice, then InvoiceRaised. The Idempotency-Key is the event's, so a
/// redelivery (even after the dedup marker was lost) gets the first invoice back from Xero instead of a second one;
/// the canonical invoice id (accounting is the invoice authority) and the event id are derived the same way again.
/// </summary>
public sealed class OrderInvoiceHandler(
    XeroClient xero,
    InvoiceMapper mapper,
    CrossReferenceStore identity,
    InvoiceLinkStore links,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes,
    TimeProvider time) : IEventHandler<OrderPlaced>
{
    public async Task HandleAsync(OrderPlaced @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);

        var invoice = await xero.CreateInvoiceAsync(mapper.ToXero(@event), context.IdempotencyKey, cancellationToken);
        var invoiceId = invoice.InvoiceID ?? throw new PermanentEventException("invoice-id-missing", "accounting answered without an InvoiceID");
        var resolved = await identity.ResolveOrCreateAsync("invoice", envelopes.SourceSystem, invoiceId.ToString(),
            new Dictionary<string, string?> { ["invoiceNumber"] = invoice.InvoiceNumber });
        var canonicalId = resolved.CanonicalId
            ?? throw new PermanentEventException("invoice-identity", $"invoice {invoice.InvoiceNumber} got no canonical id ({resolved.Status})");
        var eventId = DeterministicEventId.ForConsequence(envelopes.SourceSystem, @event.Envelope.EventId.ToString(), nameof(InvoiceRaised));
        var envelope = envelopes.CausedBy(InvoiceRaised.ContractVersion, @event.Envelope, eventId, canonicalId, invoiceId.ToString(), invoice.UpdatedDateUTC ?? time.GetUtcNow());
        await links.SaveAsync(invoiceId, new InvoiceLink(canonicalId, @event.Envelope.EntityId, @event.CustomerId, @event.Envelope.CorrelationId, eventId.ToString()));
        await publisher.PublishAsync(mapper.ToRaised(@event, invoice, envelope), cancellationToken);
    }
}
