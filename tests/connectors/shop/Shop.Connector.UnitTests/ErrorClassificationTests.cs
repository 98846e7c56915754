using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Connector.Outbound;

namespace Shop.Connector.UnitTests;

public sealed class ErrorClassificationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly StubHandler _handler = new();

    [Fact]
    public async Task SetInventoryLevelAsync_429WithRetryAfter_IsTransientWithDelay()
    {
        _handler.Answer(HttpStatusCode.TooManyRequests, """{"errors":"Exceeded 2 calls per second for api client."}""", retryAfterSeconds: 2);

        var call = () => Client().SetInventoryLevelAsync(1, 2, 3, "key", CancellationToken.None);

        var thrown = (await call.Should().ThrowAsync<ExternalApiUnavailableException>()).Which;
        thrown.Status.Should().Be(HttpStatusCode.TooManyRequests);
        thrown.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SetInventoryLevelAsync_503_IsTransient()
    {
        _handler.Answer(HttpStatusCode.ServiceUnavailable, """{"errors":"simulated server error"}""");

        var call = () => Client().SetInventoryLevelAsync(1, 2, 3, "key", CancellationToken.None);

        await call.Should().ThrowAsync<ExternalApiUnavailableException>();
    }

    [Fact]
    public async Task SetInventoryLevelAsync_404_IsPermanentWithShopifyErrors()
    {
        _handler.Answer(HttpStatusCode.NotFound, """{"errors":"Not Found"}""");

        var call = () => Client().SetInventoryLevelAsync(1, 2, 3, "key", CancellationToken.None);

        var thrown = (await call.Should().ThrowAsync<ExternalApiRejectedException>()).Which;
        thrown.ReasonCode.Should().Be("http-404");
        thrown.Message.Should().Contain("Not Found");
    }

    [Fact]
    public async Task SetInventoryLevelAsync_Success_PostsAbsoluteLevelToVersionedPath()
    {
        _handler.Answer(HttpStatusCode.OK, """{"inventory_level":{"inventory_item_id":1,"location_id":2,"available":3}}""");

        await Client().SetInventoryLevelAsync(1, 2, 3, "key", CancellationToken.None);

        _handler.LastPath.Should().Be("/admin/api/2024-10/inventory_levels/set.json");
        _handler.LastBody.Should().Be("""{"location_id":2,"inventory_item_id":1,"available":3}""");
    }

    public void Dispose()
    {
        _services.Dispose();
        _handler.Dispose();
    }

    private ShopifyAdminClient Client()
    {
        var telemetry = new ConnectorTelemetry(_services.GetRequiredService<IMeterFactory>(), Options.Create(new ConnectorOptions { Name = "shop-connector", SourceSystem = "shop" }));
        var http = new HttpClient(_handler, disposeHandler: false) { BaseAddress = new Uri("http://shop.test/") };
        return new ShopifyAdminClient(http, telemetry, TimeProvider.System, Options.Create(new ShopOptions()));
    }

    private sealed class StubHandler : HttpMessageHandler
    {
        private HttpStatusCode _status = HttpStatusCode.OK;
        private string _body = "{}";
        private int? _retryAfter;

        public string? LastPath { get; private set; }

        public string? LastBody { get; private set; }

        public void Answer(HttpStatusCode status, string body, int? retryAfterSeconds = null) => (_status, _body, _retryAfter) = (status, body, retryAfterSeconds);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastPath = request.RequestUri!.AbsolutePath;
            LastBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var response = new HttpResponseMessage(_status) { Content = new StringContent(_body, Encoding.UTF8, "application/json") };
            if (_retryAfter is { } seconds)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            return response;
        }
    }
}
