using System.Net;
using Crm.Connector.Api;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Connector.UnitTests;

/// <summary>HubSpot's 429 has no Retry-After; the wait comes from its policy and headers.</summary>
public sealed class HubSpotRateLimitHandlerTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 3, 1, 23, 50, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("TEN_SECONDLY_ROLLING", "10000", "100", 10)]
    [InlineData("TEN_SECONDLY_ROLLING", "2500", "100", 3)]
    [InlineData("SECONDLY", "10000", "100", 1)]
    [InlineData("DAILY", "10000", "0", 600)]
    [InlineData(null, null, "0", 600)]
    [InlineData(null, null, null, 10)]
    public async Task SendAsync_HubSpot429_RetryAfterFromPolicyAndHeaders(string? policy, string? intervalMs, string? dailyRemaining, int expectedSeconds)
    {
        var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent(policy is null ? "not json" : $$"""{"status":"error","message":"You have reached your limit.","errorType":"RATE_LIMIT","correlationId":"c","policyName":"{{policy}}"}"""),
        };
        if (intervalMs is not null)
        {
            answer.Headers.Add("X-HubSpot-RateLimit-Interval-Milliseconds", intervalMs);
        }

        if (dailyRemaining is not null)
        {
            answer.Headers.Add("X-HubSpot-RateLimit-Daily-Remaining", dailyRemaining);
        }

        using var response = await SendAsync(answer);

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(expectedSeconds));
        (await response.Content.ReadAsStringAsync()).Should().StartWith($"HubSpot rate limit hit: {policy ?? "unknown policy"}");
    }

    [Fact]
    public async Task SendAsync_RetryAfterAlreadySent_LeftAsSent()
    {
        var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        answer.Headers.Add("Retry-After", "7");

        using var response = await SendAsync(answer);

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpResponseMessage answer)
    {
        using var invoker = new HttpMessageInvoker(new HubSpotRateLimitHandler(Time) { InnerHandler = new Answering(answer) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert");
        return await invoker.SendAsync(request, CancellationToken.None);
    }

    private sealed class Answering(HttpResponseMessage answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(answer);
    }
}
