using Accounting.Connector.Outbound;
using Hub.Contracts;
using Hub.Messaging.Errors;
using Microsoft.Extensions.Options;

namespace Accounting.Connector.UnitTests;

public sealed class InvoiceMapperTests
{
    private static readonly InvoiceMapper Mapper = new(Options.Create(new AccountingOptions { PaymentTermsDays = 14, SalesAccountCode = "200", TaxType = "OUTPUT" }));

    [Fact]
    public void ToXero_Order_AccrecInvoiceKeyedByContactNumberWithOrderReference()
    {
        var order = TestSupport.Order(TestSupport.Line(1, 2m, 10m, 20m, 19m));

        var invoice = Mapper.ToXero(order);

        invoice.Type.Should().Be("ACCREC");
        invoice.Status.Should().Be("AUTHORISED");
        invoice.LineAmountTypes.Should().Be("Exclusive");
        invoice.Reference.Should().Be("SO-1042");
        invoice.CurrencyCode.Should().Be("EUR");
        invoice.Contact!.ContactNumber.Should().Be("cust-7");
        invoice.Contact.Name.Should().Be("Customer cust-7");
        invoice.Contact.Addresses!.Single().City.Should().Be("Berlin");
        invoice.Date.Should().Be(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero));
        invoice.DueDate.Should().Be(new DateTimeOffset(2025, 3, 28, 0, 0, 0, TimeSpan.Zero));
        var line = invoice.LineItems!.Single();
        (line.ItemCode, line.Quantity, line.UnitAmount, line.AccountCode, line.TaxType, line.TaxAmount, line.DiscountAmount)
            .Should().Be(("SKU-1", 2m, 10m, "200", "OUTPUT", 3.80m, (decimal?)null));
    }

    [Fact]
    public void ToXero_FractionalAmounts_UnitToFourPlacesTaxHalfAwayFromZero()
    {
        // 1.025 tax rounds to 1.03 (half away from zero, as Xero rounds), where banker's rounding would give 1.02.
        var order = TestSupport.Order(TestSupport.Line(1, 2.5m, 4.1m, 10.25m, 10m), TestSupport.Line(2, 3m, 0.33335m, 1.00m, 20m));

        var lines = Mapper.ToXero(order).LineItems!;

        lines[0].TaxAmount.Should().Be(1.03m);
        lines[0].UnitAmount.Should().Be(4.1m);
        lines[0].Quantity.Should().Be(2.5m);
        lines[1].UnitAmount.Should().Be(0.3334m, "Xero keeps unit amounts to four decimal places with unitdp=4");
        lines[1].TaxAmount.Should().Be(0.20m);
        lines[1].DiscountAmount.Should().BeNull("3 x 0.3334 rounds to the line total 1.00");
    }

    [Fact]
    public void ToXero_LineTotalBelowQuantityTimesPrice_SendsTheDifferenceAsDiscount()
    {
        var order = TestSupport.Order(TestSupport.Line(1, 3m, 11.96m, 30.00m, 19m));

        Mapper.ToXero(order).LineItems!.Single().DiscountAmount.Should().Be(5.88m);
    }

    [Fact]
    public void ToXero_MixedCurrencies_RefusedPermanently()
    {
        var order = TestSupport.Order(TestSupport.Line(1, 1m, 10m, 10m, 19m, "EUR"), TestSupport.Line(2, 1m, 10m, 10m, 19m, "USD"));

        var act = () => Mapper.ToXero(order);

        act.Should().Throw<PermanentEventException>().Which.ReasonCode.Should().Be("mixed-currencies");
    }

    [Fact]
    public void ToRaised_DocumentedInvoiceAnswer_CarriesXeroAmountsInItsCurrency()
    {
        var invoice = TestSupport.Response("create-invoices-response.json").Invoices!.Single();
        var order = TestSupport.Order(TestSupport.Line(1, 2m, 20m, 40m, 0m, "NZD"));
        var envelope = new Envelope { EntityId = "inv-1", EventId = Guid.NewGuid(), SourceSystem = "accounting", SourceRecordId = "x", CorrelationId = "corr-42", SchemaVersion = 1 };

        var raised = Mapper.ToRaised(order, invoice, envelope);

        raised.InvoiceNumber.Should().Be("INV-0007");
        raised.CustomerId.Should().Be("cust-7");
        raised.OrderId.Should().Be("order-42");
        raised.IssueDate.Should().Be(new DateOnly(2019, 3, 11));
        raised.DueDate.Should().Be(new DateOnly(2018, 12, 10));
        raised.NetTotal.Should().BeEquivalentTo(new Money { Amount = 40.0m, Currency = "NZD" });
        raised.TaxTotal.Should().BeEquivalentTo(new Money { Amount = 0.0m, Currency = "NZD" });
        raised.GrossTotal.Should().BeEquivalentTo(new Money { Amount = 40.0m, Currency = "NZD" });
        var line = raised.Lines.Single();
        (line.LineNumber, line.Sku, line.Description, line.Quantity, line.UnitPrice.Amount, line.LineTotal.Amount, line.LineTotal.Currency)
            .Should().Be((1, "SKU-1", "Acme Tires", 2.0m, 20.0m, 40.0m, "NZD"));
        raised.BillingAddress!.City.Should().Be("Berlin");
    }
}
