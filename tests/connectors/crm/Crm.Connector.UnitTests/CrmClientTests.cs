using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Crm.Connector.Api;
using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Connector.UnitTests;

public class CrmClientTests
{
    private const string NotFound = """{"status":"error","message":"resource not found","correlationId":"0b5f","category":"OBJECT_NOT_FOUND"}""";

    [Fact]
    public async Task GetContactAsync_RateLimited_IsUnavailableWithRetryAfter()
    {
        var client = Client(HttpStatusCode.TooManyRequests, """{"status":"error","message":"You have reached your secondly limit.","category":"RATE_LIMITS"}""", retryAfter: 7);

        var act = () => client.GetContactAsync("1", CancellationToken.None);

        var error = (await act.Should().ThrowAsync<ExternalApiUnavailableException>()).Which;
        error.Status.Should().Be(HttpStatusCode.TooManyRequests);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task GetContactAsync_ServiceUnavailable_IsUnavailable()
    {
        var client = Client(HttpStatusCode.ServiceUnavailable, "{}");

        await FluentActions.Awaiting(() => client.GetContactAsync("1", CancellationToken.None)).Should().ThrowAsync<ExternalApiUnavailableException>();
    }

    [Fact]
    public async Task UpsertByEmailAsync_ValidationError_IsRejectedWithTheCrmsMessage()
    {
        var client = Client(HttpStatusCode.BadRequest, """{"status":"error","message":"Property values were not valid","category":"VALIDATION_ERROR"}""");

        var act = () => client.UpsertByEmailAsync("a@b.example", new Dictionary<string, string?>(), "key", CancellationToken.None);

        var error = (await act.Should().ThrowAsync<ExternalApiRejectedException>()).Which;
        error.ReasonCode.Should().Be("hubspot-VALIDATION_ERROR");
        error.Message.Should().Contain("VALIDATION_ERROR");
    }

    [Fact]
    public async Task FindContactAsync_NotFound_ReturnsNull()
    {
        var client = Client(HttpStatusCode.NotFound, NotFound);

        (await client.FindContactAsync("nobody@example.com", byEmail: true, ["email"], CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task GetContactAsync_NotFound_IsRejected()
    {
        var client = Client(HttpStatusCode.NotFound, NotFound);

        var error = (await FluentActions.Awaiting(() => client.GetContactAsync("1", CancellationToken.None)).Should().ThrowAsync<ExternalApiRejectedException>()).Which;
        error.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetContactAsync_Ok_ReadsHubSpotShapedContact()
    {
        var client = Client(HttpStatusCode.OK, Encoding.UTF8.GetString(Fixtures.Bytes("contact-person-gb.json")));

        var contact = await client.GetContactAsync("512", CancellationToken.None);

        contact.Id.Should().Be("512");
        contact.UpdatedAt.Should().Be(DateTimeOffset.Parse("2024-03-05T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        contact.Properties["vat_number"].Should().Be("gb123456789");
    }

    private static CrmClient Client(HttpStatusCode status, string body, int? retryAfter = null)
    {
        var handler = new StubHandler(status, body, retryAfter);
        var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:1/") };
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        var telemetry = new ConnectorTelemetry(meters, Options.Create(new ConnectorOptions { Name = "crm-connector", SourceSystem = "crm" }));
        return new CrmClient(http, telemetry, TimeProvider.System);
    }

    private sealed class StubHandler(HttpStatusCode status, string body, int? retryAfter) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (retryAfter is { } seconds)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            return Task.FromResult(response);
        }
    }
}
