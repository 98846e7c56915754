using System.Text.Json;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Hub.Messaging;

namespace Shop.Connector.Inbound;

/// <summary>
/// Turns a verified, parsed webhook into canonical events. orders/create: the order's customer (CustomerUpserted)
/// first, then OrderPlaced with the canonical customer id; customers/create: CustomerUpserted. Event ids derive from
/// the webhook id, so a duplicate delivery that gets this far still yields identical events.
/// </summary>
public sealed class ShopifyWebhookProcessor(
    ShopCustomerMapper customers,
    ShopOrderMapper orders,
    ShopCustomerPublisher customerPublisher,
    CrossReferenceStore crossReference,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes)
{
    public const string OrdersCreate = "orders/create";
    public const string CustomersCreate = "customers/create";

    public Task<WebhookOutcome> ProcessAsync(ShopifyDelivery delivery, JsonElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return delivery.Topic switch
        {
            OrdersCreate => OrderCreatedAsync(delivery, JsonRecord.ToDictionary(body), cancellationToken),
            CustomersCreate => CustomerCreatedAsync(delivery, JsonRecord.ToDictionary(body), cancellationToken),
            _ => Task.FromResult(WebhookOutcome.Ignored(delivery.Topic)),
        };
    }

    private async Task<WebhookOutcome> OrderCreatedAsync(ShopifyDelivery delivery, Dictionary<string, object?> order, CancellationToken cancellationToken)
    {
        var rejections = new List<MappingIssue>();
        var mapped = orders.Map(order, rejections);
        ShopCustomer? customer = null;
        if (order.GetValueOrDefault("customer") is IReadOnlyDictionary<string, object?> customerRecord)
        {
            var record = new Dictionary<string, object?>(customerRecord, StringComparer.Ordinal);
            record["email"] ??= order.GetValueOrDefault("email");
            var result = customers.MapRecord(record, order.GetValueOrDefault("billing_address"));
            rejections.AddRange(result.Rejections.Select(r => r with { Field = $"customer.{r.Field}" }));
            customer = result.IsRejected ? null : ShopCustomerMapper.ToCustomer(record, result);
            if (customer is { CustomerId.Length: 0 })
            {
                rejections.Add(new MappingIssue("customer.id", "required", IssueSeverity.Reject, "the order's customer has no id"));
            }
        }
        else
        {
            rejections.Add(new MappingIssue("customer", "required", IssueSeverity.Reject, "the order has no customer, so it cannot be attributed to one"));
        }

        if (mapped is null || customer is null || rejections.Count > 0)
        {
            return WebhookOutcome.Refused("order", rejections.Select(r => r.ToString()));
        }

        var eventId = DeterministicEventId.ForDelivery(envelopes.SourceSystem, delivery.Topic, delivery.Key, nameof(OrderPlaced));
        var correlationId = eventId.ToString("D");
        var customerId = await customerPublisher.PublishAsync(customer, delivery, correlationId, cancellationToken).ConfigureAwait(false);
        var resolved = await crossReference.ResolveOrCreateAsync("order", envelopes.SourceSystem, mapped.OrderId,
            new Dictionary<string, string?> { ["orderNumber"] = mapped.OrderNumber }).ConfigureAwait(false);
        var orderId = resolved.CanonicalId
            ?? throw new InvalidOperationException($"shop order {mapped.OrderId} got no canonical id; the shop is the order authority in contracts/ownership.yaml.");
        var envelope = envelopes.Observed(OrderPlaced.ContractVersion, eventId, orderId, mapped.OrderId, mapped.PlacedAt, correlationId);
        await publisher.PublishAsync(ShopOrderMapper.ToEvent(mapped, customerId, envelope), cancellationToken).ConfigureAwait(false);
        return WebhookOutcome.Done("order");
    }

    private async Task<WebhookOutcome> CustomerCreatedAsync(ShopifyDelivery delivery, Dictionary<string, object?> record, CancellationToken cancellationToken)
    {
        var result = customers.MapRecord(record);
        if (result.IsRejected)
        {
            return WebhookOutcome.Refused("customer", result.Rejections.Select(r => r.ToString()));
        }

        var customer = ShopCustomerMapper.ToCustomer(record, result);
        if (customer.CustomerId.Length == 0)
        {
            return WebhookOutcome.Refused("customer", ["id [required] reject: the customer has no id"]);
        }

        var correlationId = DeterministicEventId.ForDelivery(envelopes.SourceSystem, delivery.Topic, delivery.Key, nameof(CustomerUpserted)).ToString("D");
        await customerPublisher.PublishAsync(customer, delivery, correlationId, cancellationToken).ConfigureAwait(false);
        return WebhookOutcome.Done("customer");
    }
}
