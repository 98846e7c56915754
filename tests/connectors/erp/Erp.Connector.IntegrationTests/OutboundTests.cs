using System.Text.Json.Nodes;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Sandboxes;
using Hub.Testing;
using Microsoft.Extensions.Options;

namespace Erp.Connector.IntegrationTests;

/// <summary>Canonical customers and orders into the ERP sandbox through the connector process.</summary>
public class OutboundTests(ErpHubFixture hub) : IClassFixture<ErpHubFixture>
{
    /// <summary>Only the subscriptions talk to the sandbox, so its request log shows their calls alone.</summary>
    private static readonly Dictionary<string, string> NoPolling = new()
    {
        ["Polling__erp-stock__Enabled"] = "false",
        ["Polling__erp-orders__Enabled"] = "false",
    };

    [Fact]
    public async Task CustomerUpserted_NewAndRedelivered_ExactlyOnePartnerWithMappedFields()
    {
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);
        var customer = Samples.Customer("cust-a1");

        await erp.PublishAsync(erp.CustomersTopic, customer);
        await erp.PublishAsync(erp.CustomersTopic, customer);
        var update = Samples.Customer("cust-a1");
        update.Phone = "+442079460001";
        await erp.PublishAsync(erp.CustomersTopic, update);

        await erp.UntilAsync(async () => (await PartnersAsync(erp, "cust-a1")).FirstOrDefault()?["phone"]?.ToString() == "+442079460001", "the update to reach the ERP");
        var partners = await PartnersAsync(erp, "cust-a1");
        partners.Should().ContainSingle(erp.Diagnostics());
        var partner = partners[0]!;
        partner["name"]!.ToString().Should().Be("Lovelace Engines Ltd");
        partner["company_type"]!.ToString().Should().Be("company");
        partner["lang"]!.ToString().Should().Be("de_DE");
        partner["country_id"]![1]!.ToString().Should().Be("United Kingdom");
        partner["zip"]!.ToString().Should().Be("LS1 4AP");
        partner["category_id"]!.AsArray().Should().ContainSingle().Which!.GetValue<int>().Should().Be(3, "Wholesale is the sandbox's third category");
        partner["credit_limit"]!.GetValue<double>().Should().Be(0, "the ERP owns credit limits; the CRM's value is not written");
        var writes = await erp.ListAsync("writes");
        writes.Count(w => w!["model"]!.ToString() == "res.partner" && w["method"]!.ToString() == "create").Should().Be(1);
    }

    [Fact]
    public async Task CustomerUpserted_CrmChangesBillingAddressOfExistingPartner_QueuedForAPersonNotWritten()
    {
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);
        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer("cust-moved"));
        await erp.UntilAsync(async () => (await PartnersAsync(erp, "cust-moved")).Count == 1, "the partner");

        var moved = Samples.Customer("cust-moved");
        moved.Addresses = [new Address { Kind = AddressKind.Billing, Line1 = "1 New Rd", City = "York", PostalCode = "yo1 7hh", CountryCode = "GB" }];
        moved.Phone = "+442079460002";
        await erp.PublishAsync(erp.CustomersTopic, moved);

        await erp.UntilAsync(async () => (await PartnersAsync(erp, "cust-moved"))[0]?["phone"]?.ToString() == "+442079460002", "the phone change (last-write-wins) to be written");
        var partner = (await PartnersAsync(erp, "cust-moved")).Single()!;
        (partner["street"]!.ToString(), partner["city"]!.ToString(), partner["zip"]!.ToString()).Should().Be(("12 Crescent Rd", "Leeds", "LS1 4AP"),
            "the ERP owns billing addresses (manual): the CRM's new address waits for a person");
        var conflicts = new ConflictStore(erp.Redis, Options.Create(new IdentityOptions { KeyPrefix = erp.Prefix }), TimeProvider.System);
        var conflict = (await conflicts.ListPendingAsync()).Should().ContainSingle(erp.Diagnostics()).Subject;
        conflict.Should().BeEquivalentTo(new
        {
            ConflictId = OutboundOwnership.ConflictIdFor(moved.Envelope, "billingAddress"),
            EntityType = "customer", CanonicalId = "cust-moved", Field = "billingAddress", ProposingSystem = "crm", OwnerSystem = "erp",
            ProposedValue = "1 New Rd, York, yo1 7hh", CorrelationId = moved.Envelope.CorrelationId,
        });
        conflict.CurrentValue.Should().Contain("12 Crescent Rd").And.Contain("LS1 4AP");
        (await erp.ListAsync("writes")).Count(w => w!["model"]!.ToString() == "res.partner" && w["method"]!.ToString() == "write").Should().Be(1, "one write, the phone alone");
    }

    [Fact]
    public async Task CustomerUpserted_FromErpItself_IsNotWrittenBack()
    {
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);

        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer("cust-echo", source: "erp"));
        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer("cust-after-echo"));

        await erp.UntilAsync(async () => (await PartnersAsync(erp, "cust-after-echo")).Count == 1, "the later customer to arrive");
        (await PartnersAsync(erp, "cust-echo")).Should().BeEmpty("events from the ERP are never written back to it");
    }

    [Fact]
    public async Task CustomerUpserted_UnknownCategory_DeadLetteredWithReasonAndNotWritten()
    {
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);
        var customer = Samples.Customer("cust-bad");
        customer.CustomerCategory = "MARTIAN";

        await erp.PublishAsync(erp.CustomersTopic, customer);

        var dead = await Hub.Testing.Messaging.TopicReader.ReadAsync(hub.Stack, erp.CustomersDeadLetterTopic, 1);
        dead.Should().ContainSingle();
        Hub.Testing.Messaging.TopicReader.Header(dead[0], "hub-error-message").Should().Contain("erp-customer-category").And.Contain("MARTIAN");
        (await PartnersAsync(erp, "cust-bad")).Should().BeEmpty();
    }

    [Fact]
    public async Task CustomerUpserted_DuringBatchWindow_ArrivesOnceWhenTheWindowCloses()
    {
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);
        await erp.Control.SetFaultsAsync(new FaultSettings { Mode = FaultMode.BatchWindow, RetryAfterSeconds = 1 }, TestContext.Current.CancellationToken);

        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer("cust-batch"));

        await erp.UntilAsync(async () => (await erp.Control.GetRequestsAsync()).Count(r => r.Status == 503) >= 2, "the write to be refused twice by the batch window");
        (await PartnersAsync(erp, "cust-batch")).Should().BeEmpty("writes are refused while the window is open");
        var requests = await erp.Control.GetRequestsAsync();
        var refused = requests.Where(r => r.Status == 503).ToList();
        var (first, second) = (refused[0].At, refused[1].At);
        requests.Should().Contain(r => r.Status == 200 && r.At > first && r.At < second, "reads (the lookup by ref) still work in a batch window");
        await erp.Control.HealAsync(TestContext.Current.CancellationToken);

        await erp.UntilAsync(async () => (await PartnersAsync(erp, "cust-batch")).Count == 1, "the customer after the window", TimeSpan.FromSeconds(30));
        (await erp.ListAsync("writes")).Count(w => w!["model"]!.ToString() == "res.partner").Should().Be(1, erp.Diagnostics());
    }

    [Fact]
    public async Task CustomerUpserted_ErpDownForSeconds_ArrivesOnceAfterwards()
    {
        // The production settings cover an outage of several minutes (appsettings: 20 retry-topic attempts, capped at
        // 2 minutes each, ~16-33 minutes in all); here the same path runs with delays shortened to under a second.
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);
        await erp.Control.SetFaultsAsync(new FaultSettings { Mode = FaultMode.Down, Seconds = 8 }, TestContext.Current.CancellationToken);

        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer("cust-outage"));

        await erp.UntilAsync(async () => (await erp.Control.GetRequestsAsync()).Count(r => r.Status == 0) >= 3, "several attempts while the ERP is down");
        await erp.UntilAsync(async () => (await PartnersAsync(erp, "cust-outage")).Count == 1, "the customer after the outage", TimeSpan.FromSeconds(40));
        (await erp.ListAsync("writes")).Count(w => w!["model"]!.ToString() == "res.partner").Should().Be(1, erp.Diagnostics());
    }

    [Fact]
    public async Task CustomerUpserted_RateLimited_WaitsForRetryAfter()
    {
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);
        await erp.Control.SetFaultsAsync(new FaultSettings { Mode = FaultMode.RateLimited, RetryAfterSeconds = 3, Requests = 1 }, TestContext.Current.CancellationToken);

        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer("cust-429"));

        await erp.UntilAsync(async () => (await PartnersAsync(erp, "cust-429")).Count == 1, "the customer after the rate limit");
        var requests = await erp.Control.GetRequestsAsync();
        var limited = requests.Single(r => r.Status == 429);
        var next = requests.First(r => r.At > limited.At);
        (next.At - limited.At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2.9), "Retry-After: 3 is honoured");
    }

    [Fact]
    public async Task OrderPlaced_BeforeItsCustomer_CreatedOnceWhenTheCustomerArrives()
    {
        await using var erp = await ErpHarness.StartAsync(hub, NoPolling);
        var order = Samples.Order("order-b1", "cust-b1");

        await erp.PublishAsync(erp.OrdersTopic, order);
        await erp.UntilAsync(async () => (await erp.Control.GetRequestsAsync()).Count >= 3, "the order to look for its customer");
        (await erp.ListAsync("orders")).Should().BeEmpty("the customer is not in the ERP yet");
        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer("cust-b1"));
        await erp.PublishAsync(erp.OrdersTopic, order);

        await erp.UntilAsync(async () => (await erp.ListAsync("orders")).Count == 1, "the order after its customer", TimeSpan.FromSeconds(40));
        await erp.PublishAsync(erp.OrdersTopic, Samples.Order("order-b1", "cust-b1"));
        await erp.UntilAsync(
            async () => (await erp.MetricsAsync()).Contains("operation=\"create sale.order\",outcome=\"skipped\"", StringComparison.Ordinal),
            "the redelivered order to be found in the ERP and skipped");

        var orders = await erp.ListAsync("orders");
        orders.Should().ContainSingle(erp.Diagnostics());
        orders[0]!["client_order_ref"]!.ToString().Should().Be("order-b1");
        orders[0]!["origin"]!.ToString().Should().Be("WEB-order-b1");
        orders[0]!["state"]!.ToString().Should().Be("draft");
        orders[0]!["amount_total"]!.GetValue<double>().Should().Be(25.5);
        (await erp.ListAsync("order-lines")).Should().HaveCount(2);
    }

    private static async Task<List<JsonNode?>> PartnersAsync(ErpHarness erp, string canonicalId) =>
        [.. (await erp.ListAsync("partners")).Where(p => p?["ref"]?.ToString() == canonicalId)];
}
