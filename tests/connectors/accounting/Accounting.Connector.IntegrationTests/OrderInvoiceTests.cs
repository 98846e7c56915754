using Accounting.Connector.IntegrationTests.Support;
using Hub.Contracts;
using Hub.Messaging;
using Hub.Sandboxes;
using Hub.Testing;
using Hub.Testing.Messaging;
using StackExchange.Redis;

namespace Accounting.Connector.IntegrationTests;

/// <summary>OrderPlaced → one ACCREC invoice in the sandbox and one InvoiceRaised, whatever the sandbox does.</summary>
[Collection(AccountingCollection.Name)]
public sealed class OrderInvoiceTests(AccountingFixture fixture)
{
    private const string InvoiceRaisedTopic = "canonical.invoice.raised";

    [Fact]
    public async Task OrderPlaced_ConnectorRunning_OneInvoiceAndOneInvoiceRaised()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var order = Samples.Order();

        await fixture.Publisher.PublishAsync(run.OrdersTopic, order, TestContext.Current.CancellationToken);

        var raised = await WaitForInvoiceRaisedAsync(run, order);
        var invoice = (await run.InvoicesAsync(order.OrderNumber)).Should().ContainSingle().Subject;
        invoice.GetProperty("Type").GetString().Should().Be("ACCREC");
        invoice.GetProperty("CurrencyCode").GetString().Should().Be("EUR");
        invoice.GetProperty("Contact").GetProperty("ContactNumber").GetString().Should().Be(order.CustomerId);
        (await run.WritesAsync("invoice.created")).Should().ContainSingle();
        raised.InvoiceNumber.Should().Be(invoice.GetProperty("InvoiceNumber").GetString());
        raised.Envelope.SourceSystem.Should().Be("accounting");
        raised.Envelope.CorrelationId.Should().Be(order.Envelope.CorrelationId);
        raised.Envelope.CausationId.Should().Be(order.Envelope.EventId.ToString());
        raised.CustomerId.Should().Be(order.CustomerId);
        raised.NetTotal.Should().BeEquivalentTo(new Money { Amount = 40.25m, Currency = "EUR" });
        raised.TaxTotal.Should().BeEquivalentTo(new Money { Amount = 6.73m, Currency = "EUR" }, "1.025 rounds half away from zero to 1.03, plus 5.70");
        raised.GrossTotal.Amount.Should().Be(46.98m);
        raised.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice.Amount, l.LineTotal.Amount))
            .Should().Equal(("SKU-001", 2.5m, 4.1m, 10.25m), ("SKU-002", 3m, 11.96m, 30.00m));
    }

    [Fact]
    public async Task OrderPlaced_RedeliveredAfterDedupMarkersLost_IdempotencyKeyKeepsOneInvoice()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var order = Samples.Order();
        await fixture.Publisher.PublishAsync(run.OrdersTopic, order, TestContext.Current.CancellationToken);
        await WaitForInvoiceRaisedAsync(run, order);

        await ForgetDedupMarkersAsync(run.Prefix, run.OrdersGroup);
        await fixture.Publisher.PublishAsync(run.OrdersTopic, order, TestContext.Current.CancellationToken);

        await run.UntilAsync(async () => (await InvoicePutsAsync(run)).Count >= 2, "the redelivered order to reach the sandbox again");
        var puts = await InvoicePutsAsync(run);
        puts.Select(p => p.IdempotencyKey).Distinct().Should().ContainSingle()
            .Which.Should().Be($"{run.OrdersGroup}:{order.Envelope.EventId}", "the key is derived from the event, the same on every delivery");
        (await run.WritesAsync("invoice.created")).Should().ContainSingle("the sandbox answered the repeated key with the first invoice");
        (await run.InvoicesAsync(order.OrderNumber)).Should().ContainSingle();
        await run.UntilAsync(async () => (await RaisedForAsync(order)).Count >= 2, "the second InvoiceRaised copy");
        (await RaisedForAsync(order)).Select(r => r.Envelope.EventId).Distinct().Should().ContainSingle("a copy carries the same deterministic event id, so consumers drop it");
    }

    [Theory]
    [InlineData(FaultMode.RateLimited, 429)]
    [InlineData(FaultMode.Error, 503)]
    [InlineData(FaultMode.Down, 0)]
    public async Task OrderPlaced_SandboxFailingForAWhile_RetriedAndAppliedOnce(FaultMode mode, int status)
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        await run.Controls.SetFaultsAsync(new FaultSettings { Mode = mode, Status = mode == FaultMode.Error ? 503 : null, RetryAfterSeconds = 1, Requests = 3 }, TestContext.Current.CancellationToken);
        var order = Samples.Order();

        await fixture.Publisher.PublishAsync(run.OrdersTopic, order, TestContext.Current.CancellationToken);

        await WaitForInvoiceRaisedAsync(run, order);
        var puts = await InvoicePutsAsync(run);
        puts.Count(p => p.Status == status).Should().Be(3, "every faulted attempt reached the sandbox and was retried");
        puts.Should().ContainSingle(p => p.Status == 200);
        (await run.WritesAsync("invoice.created")).Should().ContainSingle();
        (await RaisedForAsync(order)).Should().ContainSingle();
    }

    [Fact]
    public async Task OrderPlaced_CurrencyTheSandboxRefuses_DeadLetteredWithTheSandboxsMessage()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var order = Samples.Order("JPY");

        await fixture.Publisher.PublishAsync(run.OrdersTopic, order, TestContext.Current.CancellationToken);

        var dlq = $"{run.OrdersGroup}.dlq";
        await run.UntilAsync(() => Task.FromResult(TopicReader.ReadToEnd(fixture.Stack, dlq, 2).Count > 0), "the order to be dead-lettered");
        var letter = TopicReader.ReadToEnd(fixture.Stack, dlq, 2).Should().ContainSingle().Subject;
        var message = System.Text.Encoding.UTF8.GetString(letter.Message.Headers.GetLastBytes(EventHeaders.ErrorMessage));
        message.Should().Contain("Organisation is not subscribed to currency JPY").And.Contain("400");
        (await run.InvoicesAsync(order.OrderNumber)).Should().BeEmpty();
        (await run.WritesAsync("invoice.created")).Should().BeEmpty();
        (await RaisedForAsync(order)).Should().BeEmpty();
    }

    private async Task<InvoiceRaised> WaitForInvoiceRaisedAsync(AccountingRun run, OrderPlaced order)
    {
        await run.UntilAsync(async () => (await RaisedForAsync(order)).Count > 0, $"InvoiceRaised for {order.OrderNumber}");
        return (await RaisedForAsync(order))[0];
    }

    private Task<List<InvoiceRaised>> RaisedForAsync(OrderPlaced order) =>
        fixture.DecodeAsync<InvoiceRaised>(InvoiceRaisedTopic, r => r.OrderId == order.Envelope.EntityId);

    private static async Task<List<RecordedRequest>> InvoicePutsAsync(AccountingRun run) =>
        (await run.Controls.GetRequestsAsync(TestContext.Current.CancellationToken))
            .Where(r => r.Method == "PUT" && r.Path.StartsWith("/api.xro/2.0/Invoices", StringComparison.Ordinal)).ToList();

    /// <summary>What an expired or flushed Redis does to the consumer's dedup markers.</summary>
    private async Task ForgetDedupMarkersAsync(string prefix, string group)
    {
        foreach (var endpoint in fixture.Redis.GetEndPoints())
        {
            await foreach (var key in fixture.Redis.GetServer(endpoint).KeysAsync(pattern: $"{prefix}:{{{group}}}:dedup:*"))
            {
                await fixture.Redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }
}
