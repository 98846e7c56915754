using Hub.Contracts;

namespace Shop.Connector.Inbound;

/// <summary>A shop order mapped to canonical fields, still without its canonical customer id.</summary>
public sealed record ShopOrder(
    string OrderId,
    string OrderNumber,
    DateTimeOffset PlacedAt,
    IReadOnlyList<OrderLine> Lines,
    Money NetTotal,
    Money TaxTotal,
    Money ShippingTotal,
    Money GrossTotal,
    Address? BillingAddress,
    Address? ShippingAddress,
    string? SalesChannel);
