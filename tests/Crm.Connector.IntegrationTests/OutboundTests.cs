using Hub.Contracts;
using Hub.Sandboxes;
using Hub.Testing;

namespace Crm.Connector.IntegrationTests;

public sealed class OutboundTests(CrmStack crm) : IClassFixture<CrmStack>, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private readonly CanonicalTopic _topic = new(crm.Stack, crm.RegistryUrl);

    public async ValueTask InitializeAsync()
    {
        await crm.Control.HealAsync();
        await crm.PointWebhooksAtConnectorAsync();
    }

    public ValueTask DisposeAsync()
    {
        _topic.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ErpCustomer_RedeliveredWithNewEventIds_LandsOnceInTheCrm()
    {
        var email = CrmSandboxData.UniqueEmail("erp");
        var customer = ErpCustomer(email);

        await _topic.PublishAsync(crm.UpsertedTopic, customer);
        await _topic.PublishAsync(crm.UpsertedTopic, customer);
        // The same content under a new event id: the consumer's dedup cannot help, the upsert by e-mail must.
        await _topic.PublishAsync(crm.UpsertedTopic, WithNewEventId(customer));

        await crm.UntilAsync(
            async () => (await crm.Control.GetRequestsAsync()).Count(r => r.Path.Contains("/crm/v3/objects/contacts/", StringComparison.Ordinal) && r.Path.Contains(Uri.EscapeDataString(email), StringComparison.Ordinal) | r.Path.Contains("batch/upsert", StringComparison.Ordinal)) >= 2,
            "both distinct events handled", Timeout);
        await crm.UntilAsync(async () => (await crm.ContactsAsync(email)).Count == 1, "the contact in the CRM", Timeout);
        var contact = (await crm.ContactsAsync(email)).Should().ContainSingle().Subject;
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
        await crm.Control.SetFaultsAsync(new FaultSettings { Mode = mode, Requests = 4, RetryAfterSeconds = 1 });

        await _topic.PublishAsync(crm.UpsertedTopic, ErpCustomer(email));

        await crm.UntilAsync(async () => (await crm.ContactsAsync(email)).Count > 0, "the contact in the CRM", Timeout);
        (await crm.ContactsAsync(email)).Should().ContainSingle();
        var refused = (await crm.Control.GetRequestsAsync()).Count(r => r.Status is 429 or 503 && r.Path.StartsWith("/crm/v3/objects/contacts", StringComparison.Ordinal));
        refused.Should().BeGreaterThanOrEqualTo(4, "the connector met the fault and retried through it");
    }

    [Fact]
    public async Task CustomerFromCrm_NotWrittenBack()
    {
        var entityId = $"cust-{Guid.NewGuid():N}";
        var fromCrm = ErpCustomer(CrmSandboxData.UniqueEmail("echo"), entityId);
        fromCrm.Envelope.SourceSystem = "crm";
        var later = ErpCustomer(CrmSandboxData.UniqueEmail("after-echo"), entityId);

        await _topic.PublishAsync(crm.UpsertedTopic, fromCrm);
        await _topic.PublishAsync(crm.UpsertedTopic, later);

        // Same key, same partition: once the later event is applied, the crm one has been handled before it.
        await crm.UntilAsync(async () => (await crm.ContactsAsync(later.Email!)).Count == 1, "the later customer in the CRM", Timeout);
        (await crm.ContactsAsync(fromCrm.Email!)).Should().BeEmpty();
    }

    [Fact]
    public async Task LinkedContact_ChangeFromErp_WritesOnlyFieldsErpMayChange()
    {
        var email = CrmSandboxData.UniqueEmail("owned");
        var first = ErpCustomer(email);
        await _topic.PublishAsync(crm.UpsertedTopic, first);
        await crm.UntilAsync(async () => (await crm.ContactsAsync(email)).Count == 1, "the contact in the CRM", Timeout);

        var second = WithNewEventId(first);
        second.GivenName = "Augusta";
        second.CreditLimit = new Money { Amount = 9000m, Currency = "GBP" };
        await _topic.PublishAsync(crm.UpsertedTopic, second);

        await crm.UntilAsync(async () => (await crm.ContactsAsync(email)).Single().Properties["credit_limit"] == "9000.00", "the new credit limit", Timeout);
        (await crm.ContactsAsync(email)).Single().Properties["firstname"].Should().Be("Ada", "the CRM owns names (source-wins), erp may not change them");
    }

    private async Task NoCrmEchoAsync(string email)
    {
        await crm.UntilAsync(async () => (await crm.Control.GetWebhookStatisticsAsync()).Pending == 0, "the contact's webhooks to be acknowledged", Timeout);
        (await _topic.CustomersAsync(crm.UpsertedTopic)).Where(c => c.Envelope.SourceSystem == "crm" && c.Email == email)
            .Should().BeEmpty("the CRM's webhook for the connector's own write is an echo");
    }

    private static CustomerUpserted WithNewEventId(CustomerUpserted customer)
    {
        var copy = ErpCustomer(customer.Email!, customer.Envelope.EntityId);
        copy.GivenName = customer.GivenName;
        copy.CreditLimit = customer.CreditLimit;
        return copy;
    }

    private static CustomerUpserted ErpCustomer(string email, string? entityId = null) => new()
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
