using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Hub.Messaging;

namespace Shop.Connector.Inbound;

/// <summary>
/// Turns a verified, parsed webhook into canonical events. orders/create: the order's customer (CustomerUpserted)
/// first, then OrderPlaced with the canonical customer id; customers/create: CustomerUpserted. Event ids derive from
/// the delivery key, so a duplicate delivery that gets this far still yields identical events. A payload that cannot
/// be mapped is rejected with every reason (the kit quarantines it and acknowledges the webhook).
/// </summary>
public sealed class ShopifyWebhookHandler(
    ShopCustomerMapper customers,
    ShopOrderMapper orders,
    ShopCustomerPublisher customerPublisher,
    CrossReferenceStore crossReference,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes,
    TimeProvider time) : IWebhookItemHandler<ShopifyMessage>
{
    public const string OrdersCreate = "orders/create";
    public const string CustomersCreate = "customers/create";

    /// <param name="items">One webhook: each Shopify delivery is its own subject.</param>
    public Task<WebhookOutcome> HandleAsync(IReadOnlyList<ShopifyMessage> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var webhook = items.Single();
        return webhook.Delivery.Topic switch
        {
            OrdersCreate => OrderCreatedAsync(webhook, cancellationToken),
            CustomersCreate => CustomerCreatedAsync(webhook, cancellationToken),
            _ => Task.FromResult(WebhookOutcome.Ignored("skipped")),
        };
    }

    private async Task<WebhookOutcome> OrderCreatedAsync(ShopifyMessage webhook, CancellationToken cancellationToken)
    {
        var (delivery, order) = (webhook.Delivery, webhook.Record);
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
            return Rejected(webhook, rejections);
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
        return WebhookOutcome.Published;
    }

    private async Task<WebhookOutcome> CustomerCreatedAsync(ShopifyMessage webhook, CancellationToken cancellationToken)
    {
        var (delivery, record) = (webhook.Delivery, webhook.Record);
        var result = customers.MapRecord(record);
        if (result.IsRejected)
        {
            return Rejected(webhook, result.Rejections);
        }

        var customer = ShopCustomerMapper.ToCustomer(record, result);
        if (customer.CustomerId.Length == 0)
        {
            return Rejected(webhook, [new MappingIssue("id", "required", IssueSeverity.Reject, "the customer has no id")]);
        }

        var correlationId = DeterministicEventId.ForDelivery(envelopes.SourceSystem, delivery.Topic, delivery.Key, nameof(CustomerUpserted)).ToString("D");
        await customerPublisher.PublishAsync(customer, delivery, correlationId, cancellationToken).ConfigureAwait(false);
        return WebhookOutcome.Published;
    }

    private WebhookOutcome Rejected(ShopifyMessage webhook, IEnumerable<MappingIssue> issues) =>
        WebhookOutcome.Rejected(ShopifyRejection.Of(webhook, [.. issues], time.GetUtcNow()));
}
