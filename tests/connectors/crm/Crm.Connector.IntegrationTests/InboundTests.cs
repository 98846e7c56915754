using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hub.Contracts;
using Hub.Messaging;
using Hub.Sandboxes;
using Hub.Testing;

namespace Crm.Connector.IntegrationTests;

public sealed class InboundTests(CrmStack crm) : CrmTests(crm)
{
    [Fact]
    public async Task ContactCreated_InSandbox_PublishesOneMappedCustomerUpserted()
    {
        var email = CrmSandboxData.UniqueEmail("bryan");

        var contactId = await Crm.CreateViaApiAsync(CrmSandboxData.Person(email));

        var customer = await SingleEventAsync(contactId);
        customer.Envelope.SourceSystem.Should().Be("crm");
        customer.Envelope.SchemaVersion.Should().Be(CustomerUpserted.ContractVersion);
        customer.Envelope.EntityId.Should().NotBeNullOrEmpty();
        customer.Kind.Should().Be(CustomerKind.Person);
        customer.DisplayName.Should().Be("Bryan Cooper");
        customer.GivenName.Should().Be("Bryan");
        customer.FamilyName.Should().Be("Cooper");
        customer.CompanyName.Should().Be("Biglytics");
        customer.Email.Should().Be(email);
        customer.Phone.Should().Be("+442079460958");
        customer.Addresses.Should().ContainSingle(a => a.Line1 == "10 Downing Street" && a.City == "London" && a.PostalCode == "SW1A 2AA" && a.CountryCode == "GB");
        customer.VatId.Should().Be("GB123456789");
        customer.CustomerCategory.Should().Be("SUPPLIER");
        customer.Status.Should().Be(CustomerStatus.Active);
        customer.PreferredLanguage.Should().Be("en");
        customer.CreditLimit!.Amount.Should().Be(1500m);
        customer.CreditLimit.Currency.Should().Be("GBP");
    }

    /// <summary>
    /// HubSpot decodes only twelve encodings in the signed URI; a webhook URL whose query holds %20, %26, %3D, %2B,
    /// %25 or UTF-8 text was refused with 401 on every delivery when the whole URI was decoded.
    /// </summary>
    [Fact]
    public async Task ContactCreated_WebhookUrlWithEncodedQuery_SignatureAcceptedAndEventPublished()
    {
        await Crm.PointWebhooksAtConnectorAsync("?portal=Caf%C3%A9%20%26%20Bar&token=a%3Db%2Bc%25d&path=%2Fx%3Ay");
        try
        {
            await SettledAsync();
            var failedBefore = (await Crm.Control.GetWebhookStatisticsAsync()).FailedAttempts;
            var contactId = await Crm.CreateViaApiAsync(CrmSandboxData.Person(CrmSandboxData.UniqueEmail("encoded-url")));

            (await SingleEventAsync(contactId)).Envelope.SourceSystem.Should().Be("crm");
            await SettledAsync();
            (await Crm.Control.GetWebhookStatisticsAsync()).FailedAttempts.Should().Be(failedBefore, "the first delivery's signature was accepted");
        }
        finally
        {
            await Crm.PointWebhooksAtConnectorAsync();
        }
    }

    [Fact]
    public async Task ContactUpdated_InSandbox_PublishesTheNewVersionForTheSameCustomer()
    {
        var contactId = await Crm.CreateViaApiAsync(CrmSandboxData.Person(CrmSandboxData.UniqueEmail("update")));
        var created = await SingleEventAsync(contactId);

        using var patch = await Crm.Sandbox.PatchAsJsonAsync($"/crm/v3/objects/contacts/{contactId}", new { properties = new { firstname = "Bryce" } });
        patch.EnsureSuccessStatusCode();

        await Crm.UntilAsync(async () => (await EventsForAsync(contactId)).Count >= 2, "the updated contact's event", Timeout);
        var updated = (await EventsForAsync(contactId)).Last();
        updated.GivenName.Should().Be("Bryce");
        updated.Envelope.EntityId.Should().Be(created.Envelope.EntityId, "the contact is linked to its customer");
        updated.Envelope.EventId.Should().NotBe(created.Envelope.EventId, "a new version of the contact is a new event");
        await SettledAsync();
        (await EventsForAsync(contactId)).Should().HaveCount(2);
    }

    [Fact]
    public async Task DuplicateDeliveries_ThreeCopiesOfEachWebhook_PublishOneEvent()
    {
        await Crm.Control.SetFaultsAsync(new FaultSettings { WebhookCopies = 3 });
        var before = await Crm.Control.GetWebhookStatisticsAsync();

        var contactId = await Crm.CreateViaApiAsync(CrmSandboxData.Person(CrmSandboxData.UniqueEmail("copies")));

        await Crm.UntilAsync(async () => (await Crm.Control.GetWebhookStatisticsAsync()).Sent >= before.Sent + 3, "three copies sent", Timeout);
        await SettledAsync();
        (await EventsForAsync(contactId)).Should().ContainSingle();
    }

    [Fact]
    public async Task Webhook_BadSignatureOrStaleTimestamp_Refused401AndNothingPublished()
    {
        await Crm.MuteWebhooksAsync();
        var contactId = await Crm.CreateViaApiAsync(CrmSandboxData.Person(CrmSandboxData.UniqueEmail("forged")));
        var body = WebhookBody(contactId, 9_000_001);
        var now = DateTimeOffset.UtcNow;

        using var forged = await PostWebhookAsync(body, "wrong-secret", now);
        using var stale = await PostWebhookAsync(body, CrmStack.ClientSecret, now.AddMinutes(-10));
        using var unsigned = await Crm.Connector.PostAsync("/webhooks/hubspot", new ByteArrayContent(body));

        forged.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await forged.Content.ReadAsStringAsync()).Should().Contain("does not match");
        stale.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("replay window");
        unsigned.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await unsigned.Content.ReadAsStringAsync()).Should().Contain("missing");
        (await EventsForAsync(contactId)).Should().BeEmpty();

        // The same body correctly signed is accepted, so the refusals above were about the signature alone.
        using var genuine = await PostWebhookAsync(body, CrmStack.ClientSecret, DateTimeOffset.UtcNow);
        genuine.StatusCode.Should().Be(HttpStatusCode.OK, Crm.Output);
        await SingleEventAsync(contactId);
    }

    [Fact]
    public async Task Webhook_MalformedJson_Refused400WithReason()
    {
        var body = Encoding.UTF8.GetBytes("""[{"eventId": 1, "objectId": """);

        using var response = await PostWebhookAsync(body, CrmStack.ClientSecret, DateTimeOffset.UtcNow);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("not a JSON array of HubSpot events");
    }

    [Theory]
    [InlineData(FaultMode.RateLimited)]
    [InlineData(FaultMode.Down)]
    [InlineData(FaultMode.Error)]
    public async Task CrmApiFailing_DuringFetch_WebhookRetriedAndEventArrivesOnce(FaultMode mode)
    {
        var before = await Crm.Control.GetWebhookStatisticsAsync();
        await Crm.Control.SetFaultsAsync(new FaultSettings { Mode = mode, Requests = 3, RetryAfterSeconds = 1 });

        var contactId = await Crm.CreateAsUserAsync(CrmSandboxData.Person(CrmSandboxData.UniqueEmail($"outage-{mode}")));

        await SingleEventAsync(contactId);
        var statistics = await Crm.Control.GetWebhookStatisticsAsync();
        statistics.FailedAttempts.Should().BeGreaterThan(before.FailedAttempts, "the connector answered 5xx while it could not read the contact");
        await SettledAsync();
        (await EventsForAsync(contactId)).Should().ContainSingle();
    }

    [Fact]
    public async Task ContactRejectedByMapping_WebhookAcknowledgedAndContactQuarantined()
    {
        var properties = CrmSandboxData.Person(CrmSandboxData.UniqueEmail("reject"));
        properties["phone"] = "12";
        var before = await Crm.Control.GetWebhookStatisticsAsync();

        var contactId = await Crm.CreateViaApiAsync(properties);

        await Crm.UntilAsync(
            () => Task.FromResult(Topic.ReadAll(Crm.InboundDeadLetterTopic).Any(r => Encoding.UTF8.GetString(r.Message.Key!) == contactId)),
            "the rejected contact on the inbound dead-letter topic", Timeout);
        var letter = Topic.ReadAll(Crm.InboundDeadLetterTopic).Single(r => Encoding.UTF8.GetString(r.Message.Key!) == contactId);
        Header(letter, EventHeaders.ErrorMessage).Should().Contain("phone");
        Header(letter, EventHeaders.ErrorKind).Should().Be("permanent:mapping-rejected");
        Encoding.UTF8.GetString(letter.Message.Value!).Should().Contain(contactId).And.Contain("\"phone\":\"12\"");
        var statistics = await Crm.Control.GetWebhookStatisticsAsync();
        statistics.Acknowledged.Should().BeGreaterThan(before.Acknowledged);
        statistics.Abandoned.Should().Be(before.Abandoned);
        (await EventsForAsync(contactId)).Should().BeEmpty();
    }

    private async Task<CustomerUpserted> SingleEventAsync(string contactId)
    {
        await Crm.UntilAsync(async () => (await EventsForAsync(contactId)).Count > 0, $"CustomerUpserted for contact {contactId}", Timeout);
        return (await EventsForAsync(contactId)).Should().ContainSingle().Subject;
    }

    private async Task<List<CustomerUpserted>> EventsForAsync(string contactId) =>
        (await Topic.CustomersAsync(Crm.UpsertedTopic)).Where(c => c.Envelope.SourceRecordId == contactId).ToList();

    /// <summary>Every webhook queued so far was acknowledged or abandoned.</summary>
    private Task SettledAsync() =>
        Eventually.UntilAsync(async () => (await Crm.Control.GetWebhookStatisticsAsync()).Pending == 0, "the sandbox's webhooks to settle", Timeout);

    private static byte[] WebhookBody(string contactId, long eventId) => Encoding.UTF8.GetBytes(
        $$"""[{"eventId":{{eventId}},"subscriptionId":22,"portalId":62515,"appId":1160452,"occurredAt":{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}},"subscriptionType":"contact.creation","attemptNumber":0,"objectId":{{contactId}},"changeSource":"CRM_UI"}]""");

    private async Task<HttpResponseMessage> PostWebhookAsync(byte[] body, string secret, DateTimeOffset at)
    {
        var uri = new Uri(Crm.Connector.BaseAddress!, "/webhooks/hubspot");
        var timestamp = at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        // HubSpot's documented v3 algorithm, computed here rather than by the connector's or the sandbox's code.
        var signature = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("POST" + uri.AbsoluteUri + Encoding.UTF8.GetString(body) + timestamp)));
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
        request.Headers.Add("X-HubSpot-Signature-v3", signature);
        return await Crm.Connector.SendAsync(request);
    }

    private static string Header(Confluent.Kafka.ConsumeResult<byte[]?, byte[]?> record, string name) =>
        record.Message.Headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : "";
}
