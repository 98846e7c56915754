using Hub.Contracts;
using Hub.Identity;
using Hub.Sandboxes;
using Hub.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Crm.Connector.IntegrationTests;

public sealed class OutboundTests(CrmStack crm) : CrmTests(crm)
{
    [Fact]
    public async Task ErpCustomer_RedeliveredWithNewEventIds_LandsOnceInTheCrm()
    {
        var email = CrmSandboxData.UniqueEmail("erp");
        var customer = ErpCustomer(email);

        await Topic.PublishAsync(Crm.UpsertedTopic, customer);
        await Topic.PublishAsync(Crm.UpsertedTopic, customer);
        // The same content under a new event id: the consumer's dedup cannot help, the upsert by e-mail must.
        await Topic.PublishAsync(Crm.UpsertedTopic, WithNewEventId(customer));

        await Crm.UntilAsync(
            async () => (await Crm.Control.GetRequestsAsync()).Count(r => r.Path.Contains("/crm/v3/objects/contacts/", StringComparison.Ordinal) && (Names(r.Path, email) || r.Path.Contains("batch/upsert", StringComparison.Ordinal))) >= 2,
            "both distinct events handled", Timeout);
        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(email)).Count == 1, "the contact in the CRM", Timeout);
        var contact = (await Crm.ContactsAsync(email)).Should().ContainSingle().Subject;
        contact.Properties["firstname"].Should().Be("Ada");
        contact.Properties["lastname"].Should().Be("Lovelace");
        contact.Properties["address"].Should().Be("12 St James's Square, London, SW1Y 4LB");
        contact.Properties["credit_limit"].Should().Be("2500.00");
        contact.Properties["company_type"].Should().Be("PARTNER");
        contact.Properties["hub_customer_id"].Should().Be(customer.Envelope.EntityId);
        await NoCrmEchoAsync(email);
    }

    [Theory]
    [InlineData(FaultMode.RateLimited)]
    [InlineData(FaultMode.Error)]
    public async Task CrmUnavailable_DuringUpsert_RetriedAndAppliedOnce(FaultMode mode)
    {
        var email = CrmSandboxData.UniqueEmail($"retry-{mode}");
        await Crm.Control.SetFaultsAsync(new FaultSettings { Mode = mode, Requests = 4, RetryAfterSeconds = 1 });

        await Topic.PublishAsync(Crm.UpsertedTopic, ErpCustomer(email));

        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(email)).Count > 0, "the contact in the CRM", Timeout);
        (await Crm.ContactsAsync(email)).Should().ContainSingle();
        var refused = (await Crm.Control.GetRequestsAsync()).Count(r => r.Status is 429 or 503 && r.Path.StartsWith("/crm/v3/objects/contacts", StringComparison.Ordinal));
        refused.Should().BeGreaterThanOrEqualTo(4, "the connector met the fault and retried through it");
    }

    [Fact]
    public async Task CustomerFromCrm_NotWrittenBack()
    {
        var entityId = $"cust-{Guid.NewGuid():N}";
        var fromCrm = ErpCustomer(CrmSandboxData.UniqueEmail("echo"), entityId);
        fromCrm.Envelope.SourceSystem = "crm";
        var later = ErpCustomer(CrmSandboxData.UniqueEmail("after-echo"), entityId);

        await Topic.PublishAsync(Crm.UpsertedTopic, fromCrm);
        await Topic.PublishAsync(Crm.UpsertedTopic, later);

        // Same key, same partition: once the later event is applied, the crm one has been handled before it.
        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(later.Email!)).Count == 1, "the later customer in the CRM", Timeout);
        (await Crm.ContactsAsync(fromCrm.Email!)).Should().BeEmpty();
    }

    [Fact]
    public async Task LinkedContact_ChangeFromErp_WritesOnlyFieldsErpMayChange()
    {
        var email = CrmSandboxData.UniqueEmail("owned");
        var first = ErpCustomer(email);
        await Topic.PublishAsync(Crm.UpsertedTopic, first);
        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(email)).Count == 1, "the contact in the CRM", Timeout);

        var second = WithNewEventId(first);
        second.GivenName = "Augusta";
        second.CreditLimit = new Money { Amount = 9000m, Currency = "GBP" };
        await Topic.PublishAsync(Crm.UpsertedTopic, second);

        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(email)).Single().Properties["credit_limit"] == "9000.00", "the new credit limit", Timeout);
        (await Crm.ContactsAsync(email)).Single().Properties["firstname"].Should().Be("Ada", "the CRM owns names (source-wins), erp may not change them");
    }

    [Fact]
    public async Task LinkedContact_CompanyNameChangeFromErp_QueuedForAPersonNotWritten()
    {
        var email = CrmSandboxData.UniqueEmail("queued");
        var first = ErpCustomer(email);
        first.CompanyName = "Analytical Engines Ltd";
        await Topic.PublishAsync(Crm.UpsertedTopic, first);
        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(email)).Count == 1, "the contact in the CRM", Timeout);

        var second = WithNewEventId(first);
        second.CompanyName = "Difference Engines Ltd";
        second.CreditLimit = new Money { Amount = 7000m, Currency = "GBP" };
        await Topic.PublishAsync(Crm.UpsertedTopic, second);

        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(email)).Single().Properties["credit_limit"] == "7000.00", "the new credit limit", Timeout);
        (await Crm.ContactsAsync(email)).Single().Properties["company"].Should().Be("Analytical Engines Ltd", "the CRM owns company names (source-wins, non-owner: queue)");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Crm.Stack.RedisConfiguration);
        var conflicts = new ConflictStore(redis, Options.Create(new IdentityOptions { KeyPrefix = Crm.Prefix }), TimeProvider.System);
        var conflict = (await conflicts.ListPendingAsync(1000)).Where(c => c.CanonicalId == first.Envelope.EntityId).Should().ContainSingle(Crm.Output).Subject;
        (conflict.Field, conflict.CurrentValue, conflict.ProposedValue, conflict.ProposingSystem, conflict.OwnerSystem)
            .Should().Be(("companyName", "Analytical Engines Ltd", "Difference Engines Ltd", "erp", "crm"));
    }

    private async Task NoCrmEchoAsync(string email)
    {
        await Crm.UntilAsync(async () => (await Crm.Control.GetWebhookStatisticsAsync()).Pending == 0, "the contact's webhooks to be acknowledged", Timeout);
        (await Topic.CustomersAsync(Crm.UpsertedTopic)).Where(c => c.Envelope.SourceSystem == "crm" && c.Email == email)
            .Should().BeEmpty("the CRM's webhook for the connector's own write is an echo");
    }

    /// <summary>The request log holds the path as the server saw it: the e-mail may arrive escaped (%40) or not.</summary>
    private static bool Names(string path, string email) =>
        path.Contains(email, StringComparison.Ordinal) || path.Contains(Uri.EscapeDataString(email), StringComparison.Ordinal);

    private static CustomerUpserted WithNewEventId(CustomerUpserted customer)
    {
        var copy = ErpCustomer(customer.Email!, customer.Envelope.EntityId);
        copy.GivenName = customer.GivenName;
        copy.CreditLimit = customer.CreditLimit;
        return copy;
    }

    internal static CustomerUpserted ErpCustomer(string email, string? entityId = null) => new()
    {
        Envelope = new Envelope
        {
            EventId = Guid.NewGuid(),
            EntityId = entityId ?? $"cust-{Guid.NewGuid():N}",
            SourceSystem = "erp",
            SourceRecordId = "res.partner/7",
            OccurredAt = DateTimeOffset.UtcNow,
            CorrelationId = Guid.NewGuid().ToString(),
            SchemaVersion = CustomerUpserted.ContractVersion,
        },
        Kind = CustomerKind.Person,
        DisplayName = "Ada Lovelace",
        GivenName = "Ada",
        FamilyName = "Lovelace",
        Email = email,
        Phone = "+442079460958",
        Addresses = [new Address { Kind = AddressKind.Billing, Line1 = "12 St James's Square", City = "London", PostalCode = "SW1Y 4LB", CountryCode = "GB" }],
        Status = CustomerStatus.Active,
        CustomerCategory = "DISTRIBUTOR",
        CreditLimit = new Money { Amount = 2500m, Currency = "GBP" },
    };
}
