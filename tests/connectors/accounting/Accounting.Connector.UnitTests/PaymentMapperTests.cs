using Accounting.Connector.Inbound;
using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Contracts;

namespace Accounting.Connector.UnitTests;

public sealed class PaymentMapperTests
{
    private static readonly InvoiceLink Link = new("inv-canonical-1", "order-42", "cust-7", "corr-42", "7d0c3a52-7d3b-4f8e-9d7a-1b0b1e9b2c11");

    [Fact]
    public void Map_DocumentedPaymentWithHubInvoice_LinksCustomerInvoiceAndOrderTransaction()
    {
        var payment = TestSupport.Response("get-payments-response.json").Payments![0];

        var received = new PaymentMapper(TestSupport.Envelopes()).Map(payment, PaymentMapper.CustomerOf(payment, Link)!, Link);

        received.Envelope.EntityId.Should().Be("99ea7f6b-c513-4066-bc27-b7c65dcd76c2");
        received.Envelope.SourceSystem.Should().Be("accounting");
        received.Envelope.SourceRecordId.Should().Be("99ea7f6b-c513-4066-bc27-b7c65dcd76c2");
        received.Envelope.CorrelationId.Should().Be("corr-42", "the payment belongs to the order's business transaction");
        received.Envelope.CausationId.Should().Be(Link.InvoiceRaisedEventId);
        received.Envelope.OccurredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1541176592690));
        received.Envelope.SchemaVersion.Should().Be(PaymentReceived.ContractVersion);
        received.CustomerId.Should().Be("cust-7");
        received.InvoiceNumber.Should().Be("INV-0002");
        received.Amount.Amount.Should().Be(46.00m);
        received.Amount.Currency.Should().Be("NZD");
        received.PaymentReference.Should().Be("99ea7f6b-c513-4066-bc27-b7c65dcd76c2", "the documented payment has an empty Reference");
        received.ReceivedAt.Should().Be(new DateTimeOffset(2018, 11, 29, 0, 0, 0, TimeSpan.Zero));
        received.PayerName.Should().Be("Barney Rubble-83203");
    }

    [Fact]
    public void Map_SamePaymentVersionTwice_SameDeterministicEventId()
    {
        var payment = TestSupport.Response("get-payments-response.json").Payments![0];
        var mapper = new PaymentMapper(TestSupport.Envelopes());

        var first = mapper.Map(payment, "cust-7", Link);
        var again = mapper.Map(payment, "cust-7", Link);

        again.Envelope.EventId.Should().Be(first.Envelope.EventId);
        first.Envelope.EventId.Should().Be(DeterministicEventId.ForChange("accounting", "Payment", payment.PaymentID.ToString(), payment.UpdatedDateUTC!.Value));
        mapper.Map(payment with { UpdatedDateUTC = payment.UpdatedDateUTC.Value.AddSeconds(1) }, "cust-7", Link).Envelope.EventId
            .Should().NotBe(first.Envelope.EventId, "a later change of the payment is a new event");
    }

    [Fact]
    public void Map_AmountWithMoreThanTwoDecimals_RoundsHalfAwayFromZero()
    {
        var payment = TestSupport.Response("get-payments-response.json").Payments![0] with { Amount = 10.125m };

        new PaymentMapper(TestSupport.Envelopes()).Map(payment, "cust-7", null).Amount.Amount.Should().Be(10.13m);
    }

    [Fact]
    public void CustomerOf_NoHubInvoiceAndEmptyContactNumber_IsNull()
    {
        var payment = TestSupport.Response("get-payments-response.json").Payments![0];

        PaymentMapper.CustomerOf(payment, null).Should().BeNull();
        PaymentMapper.CustomerOf(payment with { Invoice = payment.Invoice! with { Contact = payment.Invoice.Contact! with { ContactNumber = "cust-9" } } }, null)
            .Should().Be("cust-9", "the contact number is the canonical customer id");
    }

    [Fact]
    public void IsCustomerPayment_CreditNoteRefund_IsNotACustomerPayment()
    {
        var payments = TestSupport.Response("get-payments-response.json").Payments!;

        PaymentMapper.IsCustomerPayment(payments[0]).Should().BeTrue();
        PaymentMapper.IsCustomerPayment(payments[1]).Should().BeFalse("ARCREDITPAYMENT refunds a credit note");
        PaymentMapper.IsCustomerPayment(payments[0] with { Status = "DELETED" }).Should().BeFalse();
    }
}
