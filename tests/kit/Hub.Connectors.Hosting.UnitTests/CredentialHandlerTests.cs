using System.Net;
using Hub.Secrets;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Connectors.Hosting.UnitTests;

public sealed class CredentialHandlerTests : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _time = new();
    private readonly CountingSecretProvider _secrets = new("one");
    private readonly RecordingSystem _system = new();
    private readonly CredentialCache _cache;
    private readonly HttpMessageInvoker _client;

    public CredentialHandlerTests()
    {
        _cache = new CredentialCache(_secrets, "crm-access-token", Ttl, _time);
        var options = new ExternalApiOptions { CredentialHeader = "Authorization", CredentialSecret = "crm-access-token", CredentialFormat = "Bearer {0}" };
        _client = new HttpMessageInvoker(new CredentialHandler(_cache, options) { InnerHandler = _system });
        _system.Accepted.Add("Bearer one");
    }

    [Fact]
    public async Task SendAsync_ManyRequestsWithinTtl_ReadsSecretOnce()
    {
        for (var i = 0; i < 10; i++)
        {
            (await SendAsync()).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        _secrets.Reads.Should().Be(1);
        _system.Credentials.Should().HaveCount(10).And.OnlyContain(c => c == "Bearer one");
    }

    [Fact]
    public async Task SendAsync_ConcurrentFirstRequests_OneRead()
    {
        _secrets.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, 8).Select(_ => SendAsync()).ToList();
        await WaitUntil(() => _secrets.Reads == 1);
        _secrets.Gate.SetResult();

        var responses = await Task.WhenAll(requests);

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        _secrets.Reads.Should().Be(1);
    }

    [Fact]
    public async Task SendAsync_AfterTtl_ReadsSecretAgain()
    {
        await SendAsync();
        _time.Advance(Ttl - TimeSpan.FromSeconds(1));
        await SendAsync();
        _secrets.Reads.Should().Be(1);

        _secrets.Value = "two";
        _system.Accepted.Add("Bearer two");
        _time.Advance(TimeSpan.FromSeconds(1));
        await SendAsync();

        _secrets.Reads.Should().Be(2);
        _system.Credentials[^1].Should().Be("Bearer two");
    }

    [Fact]
    public async Task SendAsync_401AfterRotation_RefreshesOnceAndRetriesOnce()
    {
        await SendAsync();
        _secrets.Value = "two";
        _system.Accepted.Clear();
        _system.Accepted.Add("Bearer two");

        var response = await SendAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _secrets.Reads.Should().Be(2);
        _system.Credentials.Should().Equal("Bearer one", "Bearer one", "Bearer two");
        (await SendAsync()).StatusCode.Should().Be(HttpStatusCode.OK);
        _secrets.Reads.Should().Be(2, "the refreshed value is cached");
    }

    [Fact]
    public async Task SendAsync_401AgainAfterRefresh_ReturnedToCallerWithoutLooping()
    {
        await SendAsync();
        _system.Accepted.Clear();
        _secrets.Value = "two";
        _system.Credentials.Clear();

        var response = await SendAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _system.Credentials.Should().Equal("Bearer one", "Bearer two");
        _secrets.Reads.Should().Be(2);
    }

    [Fact]
    public async Task SendAsync_401WithUnchangedSecret_ReturnedWithoutResending()
    {
        _system.Accepted.Clear();

        var response = await SendAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _system.Credentials.Should().Equal("Bearer one");
        _secrets.Reads.Should().Be(2, "the 401 asked the store once more");
    }

    [Fact]
    public async Task SendAsync_SecretStoreFails_ThrowsItsErrorAndDoesNotCallTheSystem()
    {
        _secrets.Failure = new SecretUnavailableException("Secret 'crm-access-token' could not be read from dapr:secrets: sidecar down.");

        Func<Task> send = SendAsync;

        (await send.Should().ThrowAsync<SecretUnavailableException>()).WithMessage("*crm-access-token*");
        _system.Credentials.Should().BeEmpty();
        _secrets.Failure = null;
        (await SendAsync()).StatusCode.Should().Be(HttpStatusCode.OK, "a failed read is not cached");
    }

    [Fact]
    public async Task SendAsync_NoCredentialConfigured_SendsWithoutReading()
    {
        using var plain = new HttpMessageInvoker(new CredentialHandler(_cache, new ExternalApiOptions()) { InnerHandler = new RecordingSystem() });

        using var response = await plain.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://crm.test/contacts"), CancellationToken.None);

        _secrets.Reads.Should().Be(0);
    }

    public void Dispose()
    {
        _client.Dispose();
        _cache.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://crm.test/contacts");
        return await _client.SendAsync(request, CancellationToken.None);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should have become true");
            await Task.Delay(10);
        }
    }
}
