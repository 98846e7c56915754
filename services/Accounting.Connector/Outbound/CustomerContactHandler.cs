using Accounting.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Messaging;

namespace Accounting.Connector.Outbound;

/// <summary>
/// canonical.customer.upserted → the contact with ContactNumber = canonical customer id, created or updated. The
/// Idempotency-Key comes from the event, so a redelivery is answered from Xero's key store and applied once.
/// </summary>
public sealed class CustomerContactHandler(XeroClient xero, ContactMapper mapper)
    : IEventHandler<CustomerUpserted>
{
    public async Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);

        var existing = await xero.FindContactByNumberAsync(@event.Envelope.EntityId, cancellationToken);
        var contact = mapper.Map(@event, existing?.ContactID, includeTaxNumber: existing is null);
        await xero.SaveContactAsync(contact, context.IdempotencyKey, cancellationToken);
    }
}
