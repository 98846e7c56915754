using Accounting.Connector.IntegrationTests.Support;
using Hub.Contracts;

namespace Accounting.Connector.IntegrationTests;

/// <summary>Payments polled from the sandbox become PaymentReceived; CustomerUpserted becomes one contact.</summary>
[Collection(AccountingCollection.Name)]
public sealed class PaymentAndCustomerTests(AccountingFixture fixture)
{
    [Fact]
    public async Task PaymentRecorded_OnAHubInvoice_OnePaymentReceivedLinkedToOrderAndCustomer()
    {
        await using var run = await AccountingRun.StartAsync(fixture, polling: true);
        var order = Samples.Order();
        await fixture.Publisher.PublishAsync(run.OrdersTopic, order, TestContext.Current.CancellationToken);
        await run.UntilAsync(async () => (await run.InvoicesAsync(order.OrderNumber)).Count == 1, "the invoice");
        await run.UntilAsync(async () => (await fixture.DecodeAsync<InvoiceRaised>("canonical.invoice.raised", r => r.OrderId == order.Envelope.EntityId)).Count == 1, "InvoiceRaised");
        var invoiceNumber = (await run.InvoicesAsync(order.OrderNumber))[0].GetProperty("InvoiceNumber").GetString()!;
        var reference = $"BANK-{run.Id}";

        var paidAt = TimeProvider.System.GetUtcNow();
        await run.RecordPaymentAsync(invoiceNumber, 20.005m, reference);

        await run.UntilAsync(async () => (await PaymentsAsync(reference)).Count > 0, "PaymentReceived");
        // Several polls later (each re-reads the overlap window) there is still exactly one.
        await run.UntilAsync(async () => (await PollsSinceAsync(run, paidAt)) >= 5, "five more polls");
        var payment = (await PaymentsAsync(reference)).Should().ContainSingle().Subject;
        payment.CustomerId.Should().Be(order.CustomerId);
        payment.InvoiceNumber.Should().Be(invoiceNumber);
        payment.Amount.Should().BeEquivalentTo(new Money { Amount = 20.01m, Currency = "EUR" }, "Xero keeps two decimal places (half away from zero)");
        payment.Envelope.SourceSystem.Should().Be("accounting");
        payment.Envelope.CorrelationId.Should().Be(order.Envelope.CorrelationId, "the payment belongs to the order's business transaction");
        (await run.WritesAsync("payment.created")).Should().ContainSingle();
    }

    [Fact]
    public async Task CustomerUpserted_NewThenChangedThenEcho_OneContactUpdatedVatKeptEchoSkipped()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var id = $"cust-{run.Id}";

        await fixture.Publisher.PublishAsync(run.CustomersTopic, Samples.Customer(id, "crm", $"Ada Lovelace {run.Id}", "DE111111111"), TestContext.Current.CancellationToken);
        await run.UntilAsync(async () => (await run.ContactsAsync(id)).Count == 1, "the contact");
        await fixture.Publisher.PublishAsync(run.CustomersTopic, Samples.Customer(id, "erp", $"Ada King {run.Id}", "DE999999999"), TestContext.Current.CancellationToken);
        await fixture.Publisher.PublishAsync(run.CustomersTopic, Samples.Customer(id, "accounting", $"Echo {run.Id}", null), TestContext.Current.CancellationToken);
        await fixture.Publisher.PublishAsync(run.CustomersTopic, Samples.Customer(id, "crm", $"Ada Byron {run.Id}", null), TestContext.Current.CancellationToken);

        await run.UntilAsync(async () => (await run.ContactsAsync(id))[0].GetProperty("Name").GetString() == $"Ada Byron {run.Id}", "the last change");
        var contact = (await run.ContactsAsync(id)).Should().ContainSingle().Subject;
        contact.GetProperty("TaxNumber").GetString().Should().Be("DE111111111", "accounting owns the VAT id: only the creating event seeds it");
        contact.GetProperty("EmailAddress").GetString().Should().Be($"{id}@example.org");
        contact.GetProperty("Addresses")[0].GetProperty("City").GetString().Should().Be("Hamburg");
        (await run.WritesAsync("contact.created")).Should().ContainSingle();
        (await run.WritesAsync("contact.updated")).Should().HaveCount(2, "the erp and the last crm change; the accounting echo is skipped");
    }

    private Task<List<PaymentReceived>> PaymentsAsync(string reference) =>
        fixture.DecodeAsync<PaymentReceived>("canonical.payment.received", p => p.PaymentReference == reference);

    private static async Task<int> PollsSinceAsync(AccountingRun run, DateTimeOffset since) =>
        (await run.Controls.GetRequestsAsync(TestContext.Current.CancellationToken))
            .Count(r => r.Method == "GET" && r.Path.StartsWith("/api.xro/2.0/Payments", StringComparison.Ordinal) && r.At > since);
}
