using System.Net;
using System.Net.Http.Json;
using Hub.Connectors.Hosting.Capture;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Connectors.Hosting.UnitTests.Capture;

public sealed class CaptureHandlerTests : IDisposable
{
    private readonly RecordingCaptureSink _sink = new();
    private readonly CaptureOptions _options = new() { Enabled = true };
    private readonly StubApi _api = new();
    private readonly CredentialCache _credential = new(new CountingSecretProvider("s3cr3t-token"), "crm-access-token", TimeSpan.FromMinutes(5), new FakeTimeProvider());
    private readonly HttpClient _client;

    public CaptureHandlerTests()
    {
        var capture = RecordingCaptureSink.Capture(_sink, _options, "crm-connector");
        _client = new HttpClient(new CaptureHandler(capture, "crm", _credential) { InnerHandler = _api }) { BaseAddress = new Uri("http://crm.test/") };
    }

    [Fact]
    public async Task SendAsync_Enabled_RecordsRequestAsSentAndTheAnswerWhichTheCallerStillReads()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "crm/v3/objects/contacts?email=ada%40example.com")
        {
            Content = JsonContent.Create(new { properties = new { email = "ada@example.com", credit_limit = "10.00" } }),
        };
        request.Headers.Authorization = new("Bearer", "s3cr3t-token");

        using var response = await _client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Be("""{"id":"7","token":"s3cr3t-token"}""", "the caller reads the answer after the capture did");
        _api.Bodies.Should().ContainSingle().Which.Should().Contain("ada@example.com", "the system gets the request unredacted");
        var exchange = _sink.Exchanges.Should().ContainSingle().Subject;
        exchange.Should().BeEquivalentTo(new { Kind = "api-call", Channel = "crm", Connector = "crm-connector" });
        exchange.Request.Method.Should().Be("POST");
        exchange.Request.Target.Should().Be("/crm/v3/objects/contacts?email=%5Bredacted%5D");
        exchange.Request.Headers["Authorization"].Should().Be(CaptureRedactor.Secret);
        exchange.Request.Body.Should().Be("""{"properties":{"email":"[redacted]","credit_limit":"10.00"}}""");
        exchange.Response!.Status.Should().Be(201);
        exchange.Response.Body.Should().Be("""{"id":"7","token":"[secret]"}""");
    }

    [Fact]
    public async Task SendAsync_Disabled_RecordsNothing()
    {
        _options.Enabled = false;

        (await _client.GetAsync("crm/v3/objects/contacts/7")).StatusCode.Should().Be(HttpStatusCode.Created);

        _sink.Exchanges.Should().BeEmpty();
    }

    [Fact]
    public async Task SendAsync_NoAnswer_RecordsTheFailureAndRethrows()
    {
        _api.Fail = new HttpRequestException("Connection refused (crm.test:80)");

        var call = () => _client.GetAsync("crm/v3/objects/contacts/7");

        await call.Should().ThrowAsync<HttpRequestException>();
        var exchange = _sink.Exchanges.Should().ContainSingle().Subject;
        exchange.Response.Should().BeNull();
        exchange.Failure.Should().Be("HttpRequestException: Connection refused (crm.test:80)");
    }

    [Fact]
    public async Task SendAsync_SinkFails_TheCallStillSucceeds()
    {
        _sink.Fail = true;

        (await _client.GetAsync("crm/v3/objects/contacts/7")).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public void Dispose()
    {
        _client.Dispose();
        _credential.Dispose();
    }

    private sealed class StubApi : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        public Exception? Fail { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Fail is not null)
            {
                throw Fail;
            }

            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"7","token":"s3cr3t-token"}""", System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
