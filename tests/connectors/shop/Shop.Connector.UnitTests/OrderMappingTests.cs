using Hub.Contracts;
using Hub.Mapping;
using Shop.Connector.Inbound;

namespace Shop.Connector.UnitTests;

public sealed class OrderMappingTests
{
    private readonly ShopOrderMapper _mapper = new(Fixtures.Mappings());

    [Fact]
    public void Map_DocumentedOrdersCreate_MapsNumberTotalsAndAddresses()
    {
        var rejections = new List<MappingIssue>();

        var order = _mapper.Map(Fixtures.OrdersCreate(), rejections);

        rejections.Should().BeEmpty();
        order!.OrderId.Should().Be("820982911946154508", "64-bit ids must survive as exact text");
        order.OrderNumber.Should().Be("#9999");
        order.PlacedAt.Should().Be(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));
        order.NetTotal.Should().BeEquivalentTo(new Money { Amount = 388.00m, Currency = "USD" });
        order.TaxTotal.Amount.Should().Be(0m);
        order.ShippingTotal.Amount.Should().Be(10.00m);
        order.GrossTotal.Should().BeEquivalentTo(new Money { Amount = 403.00m, Currency = "USD" });
        order.SalesChannel.Should().Be("web-shop");
        order.BillingAddress!.Kind.Should().Be(AddressKind.Billing);
        order.ShippingAddress.Should().BeEquivalentTo(new Address
        {
            Kind = AddressKind.Shipping, Line1 = "123 Shipping Street", PostalCode = "40003", City = "Shippington", Region = "Kentucky", CountryCode = "US",
        });
    }

    [Fact]
    public void Map_DocumentedOrdersCreate_MapsLinesWithDiscountedLineTotals()
    {
        var order = _mapper.Map(Fixtures.OrdersCreate(), [])!;

        order.Lines.Should().HaveCount(2);
        order.Lines.Select(l => l.LineNumber).Should().Equal(1, 2);
        order.Lines[0].Sku.Should().Be("IPOD2008PINK");
        order.Lines[0].Description.Should().Be("IPod Nano - 8GB");
        order.Lines[0].Quantity.Should().Be(1m);
        order.Lines[0].UnitPrice.Should().BeEquivalentTo(new Money { Amount = 199.00m, Currency = "USD" });
        order.Lines[0].LineTotal.Amount.Should().Be(199.00m);
        order.Lines[1].LineTotal.Amount.Should().Be(189.00m, "the line's total_discount of 10.00 is taken off");
    }

    [Fact]
    public void Map_OrderWithoutTaxShippingOrSource_DefaultsAreMoneyAndTheCanonicalChannel()
    {
        var record = Fixtures.OrdersCreate();
        record.Remove("total_tax");
        record.Remove("total_shipping_price_set");
        record.Remove("source_name");
        var rejections = new List<MappingIssue>();

        var order = _mapper.Map(record, rejections);

        rejections.Should().BeEmpty();
        order!.TaxTotal.Should().BeEquivalentTo(new Money { Amount = 0m, Currency = "USD" }, "the default \"0\" is money in the order's currency, not text");
        order.ShippingTotal.Amount.Should().Be(0m);
        order.SalesChannel.Should().Be("web-shop", "a default is the canonical value, not the shop's");
    }

    [Fact]
    public void Map_LineWithoutSkuAndBadCurrency_RejectsWithEveryReason()
    {
        var record = Fixtures.OrdersCreate();
        record["currency"] = "DOLLARS";
        var lines = (List<object?>)record["line_items"]!;
        ((Dictionary<string, object?>)lines[1]!)["sku"] = "";
        var rejections = new List<MappingIssue>();

        var order = _mapper.Map(record, rejections);

        order.Should().BeNull();
        rejections.Should().Contain(r => r.Field == "line_items[1].sku" && r.Rule == "required");
        rejections.Should().Contain(r => r.Field == "grossTotal" && r.Message.Contains("ISO 4217"));
    }

    [Fact]
    public void ToEvent_MappedOrder_CarriesCanonicalCustomerAndEnvelope()
    {
        var order = _mapper.Map(Fixtures.OrdersCreate(), [])!;
        var envelope = new Envelope { EventId = Guid.NewGuid(), EntityId = "order-1", SourceSystem = "shop", SourceRecordId = order.OrderId, CorrelationId = "c", SchemaVersion = 1 };

        var placed = ShopOrderMapper.ToEvent(order, "customer-1", envelope);

        placed.CustomerId.Should().Be("customer-1");
        placed.Envelope.Should().BeSameAs(envelope);
        placed.Lines.Should().HaveCount(2);
        placed.GrossTotal.Amount.Should().Be(403.00m);
    }

    [Fact]
    public void LoadDirectory_ConnectorMappings_AreValidAndNamed()
    {
        Fixtures.Mappings().Names.Should().BeEquivalentTo(
            [ShopCustomerMapper.Mapping, ShopOrderMapper.OrderMapping, ShopOrderMapper.LineMapping]);
    }
}
