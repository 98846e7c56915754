using Accounting.Connector.Api;

namespace Accounting.Connector.UnitTests;

/// <summary>Xero's documented example answers parse into the connector's models, field by field.</summary>
public sealed class XeroContractTests
{
    [Fact]
    public void CreateInvoicesResponse_DocumentedExample_ParsesEveryFieldTheConnectorReads()
    {
        var invoice = TestSupport.Response("create-invoices-response.json").Invoices!.Single();

        invoice.Type.Should().Be("ACCREC");
        invoice.InvoiceID.Should().Be(new Guid("ed255415-e141-4150-aab7-89c3bbbb851c"));
        invoice.InvoiceNumber.Should().Be("INV-0007");
        invoice.Reference.Should().Be("Website Design");
        invoice.Status.Should().Be("AUTHORISED");
        invoice.CurrencyCode.Should().Be("NZD");
        invoice.Date.Should().Be(new DateTimeOffset(2019, 3, 11, 0, 0, 0, TimeSpan.Zero));
        invoice.DueDate.Should().Be(new DateTimeOffset(2018, 12, 10, 0, 0, 0, TimeSpan.Zero));
        invoice.UpdatedDateUTC.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1552327126117));
        (invoice.SubTotal, invoice.TotalTax, invoice.Total, invoice.AmountDue).Should().Be((40.0m, 0.0m, 40.0m, 40.0m));
        invoice.Contact!.ContactID.Should().Be(new Guid("430fa14a-f945-44d3-9f97-5df5e28441b8"));
        var line = invoice.LineItems!.Single();
        (line.Description, line.Quantity, line.UnitAmount, line.LineAmount, line.TaxAmount, line.AccountCode, line.TaxType)
            .Should().Be(("Acme Tires", 2.0m, 20.0m, 40.0m, 0.0m, "200", "NONE"));
    }

    [Fact]
    public void CreateContactsResponse_DocumentedExample_ParsesContactAndLists()
    {
        var contact = TestSupport.Response("create-contacts-response.json").Contacts!.Single();

        contact.ContactID.Should().Be(new Guid("3ff6d40c-af9a-40a3-89ce-3c1556a25591"));
        contact.Name.Should().Be("Foo9987");
        contact.EmailAddress.Should().Be("sid32476@blah.com");
        contact.ContactStatus.Should().Be("ACTIVE");
        contact.Addresses!.Select(a => a.AddressType).Should().Equal("STREET", "POBOX");
        contact.Phones!.Single(p => p.PhoneType == "MOBILE").PhoneNumber.Should().Be("555-1212");
        contact.UpdatedDateUTC.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1551399321043));
    }

    [Fact]
    public void GetPaymentsResponse_DocumentedExample_ParsesPaymentsWithTheirInvoices()
    {
        var payments = TestSupport.Response("get-payments-response.json").Payments!;

        payments.Should().HaveCount(2);
        var first = payments[0];
        first.PaymentID.Should().Be(new Guid("99ea7f6b-c513-4066-bc27-b7c65dcd76c2"));
        first.Amount.Should().Be(46.0m);
        first.Date.Should().Be(new DateTimeOffset(2018, 11, 29, 0, 0, 0, TimeSpan.Zero));
        first.UpdatedDateUTC.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1541176592690));
        (first.PaymentType, first.Status).Should().Be(("ACCRECPAYMENT", "AUTHORISED"));
        first.Invoice!.InvoiceID.Should().Be(new Guid("046d8a6d-1ae1-4b4d-9340-5601bdf41b87"));
        first.Invoice.InvoiceNumber.Should().Be("INV-0002");
        first.Invoice.CurrencyCode.Should().Be("NZD");
        first.Invoice.Contact!.Name.Should().Be("Barney Rubble-83203");
        payments[1].PaymentType.Should().Be("ARCREDITPAYMENT");
    }

    [Fact]
    public void Summarize_DocumentedValidationError_KeepsOnlyTheMessages()
    {
        var summary = XeroErrors.Summarize(TestSupport.Fixture("create-contacts-validation-error.json"));

        summary!.Value.Type.Should().Be("ValidationException");
        summary.Value.Text.Should().Be("ValidationException: The contact name Buzz Lightyear is already assigned to another contact. The contact name must be unique across all active contacts.");
    }

    [Theory]
    [InlineData("/Date(1552327126117+0000)/", 1552327126117)]
    [InlineData("/Date(1552327126164)/", 1552327126164)]
    [InlineData("2019-03-11T00:00:00", 1552262400000)]
    public void Parse_XeroDateForms_GiveTheUtcInstant(string text, long unixMs)
    {
        XeroDateConverter.Parse(text).Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(unixMs));
    }
}
