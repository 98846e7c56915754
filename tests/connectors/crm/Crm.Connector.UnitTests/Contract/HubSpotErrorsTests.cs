using System.Net;
using Crm.Connector.Api;
using Hub.Connectors.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Connector.UnitTests.Contract;

/// <summary>HubSpot's documented error answers, as <see cref="HubSpotErrors"/> turns them into outcomes.</summary>
public sealed class HubSpotErrorsTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 3, 1, 23, 50, 0, TimeSpan.Zero));

    private static Exception Classify(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        using var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return new HubSpotErrors().Classify(new ExternalApiAnswer("crm", "upsert contact", status, response.Headers, body, Time));
    }

    [Fact]
    public void Classify_ValidationError_RejectedWithCategoryMessageAndCorrelationId()
    {
        var error = Classify(HttpStatusCode.BadRequest,
            """{"status":"error","message":"Property values were not valid: [{\"isValid\":false,\"message\":\"Email address zoe@ is invalid\",\"error\":\"INVALID_EMAIL\",\"name\":\"email\"}]","correlationId":"9b2c4f1e-57a0-4c1d-a3c2-1f6f0e4a9d21","category":"VALIDATION_ERROR"}""");

        var rejected = error.Should().BeOfType<ExternalApiRejectedException>().Which;
        rejected.ReasonCode.Should().Be("hubspot-VALIDATION_ERROR");
        rejected.Message.Should().Contain("VALIDATION_ERROR: Property values were not valid")
            .And.Contain("Email address zoe@ is invalid")
            .And.Contain("correlationId 9b2c4f1e-57a0-4c1d-a3c2-1f6f0e4a9d21");
    }

    [Fact]
    public void Classify_ObjectNotFound_RejectedWithItsCategory()
    {
        var error = Classify(HttpStatusCode.NotFound, """{"status":"error","message":"resource not found","correlationId":"0b5f","category":"OBJECT_NOT_FOUND"}""");

        error.Should().BeOfType<ExternalApiRejectedException>().Which.ReasonCode.Should().Be("hubspot-OBJECT_NOT_FOUND");
    }

    [Fact]
    public void Classify_ExpiredToken_AuthFailed()
    {
        var error = Classify(HttpStatusCode.Unauthorized,
            """{"status":"error","message":"Authentication credentials not found.","correlationId":"c1","category":"INVALID_AUTHENTICATION"}""");

        var rejected = error.Should().BeOfType<ExternalApiRejectedException>().Which;
        rejected.ReasonCode.Should().Be(ExternalApiRejectedException.AuthFailed);
        rejected.Message.Should().Contain("Authentication credentials not found.");
    }

    [Theory]
    [InlineData("TEN_SECONDLY_ROLLING", "10000", "100", 10)]
    [InlineData("TEN_SECONDLY_ROLLING", "2500", "100", 3)]
    [InlineData("SECONDLY", "10000", "100", 1)]
    [InlineData("DAILY", "10000", "0", 600)]
    public void Classify_RateLimit_UnavailableForAsLongAsThePolicySays(string policy, string intervalMs, string dailyRemaining, int expectedSeconds)
    {
        var error = Classify(HttpStatusCode.TooManyRequests,
            $$"""{"status":"error","message":"You have reached your {{policy.ToLowerInvariant()}} limit.","errorType":"RATE_LIMIT","correlationId":"c2","policyName":"{{policy}}","groupName":"api:contacts"}""",
            ("X-HubSpot-RateLimit-Interval-Milliseconds", intervalMs), ("X-HubSpot-RateLimit-Daily-Remaining", dailyRemaining));

        var unavailable = error.Should().BeOfType<ExternalApiUnavailableException>().Which;
        unavailable.Status.Should().Be(HttpStatusCode.TooManyRequests);
        unavailable.RetryAfter.Should().Be(TimeSpan.FromSeconds(expectedSeconds));
        unavailable.Message.Should().Contain($"HubSpot rate limit hit: {policy}").And.Contain("RATE_LIMIT");
    }

    [Fact]
    public void Classify_DailyLimitLongBeforeMidnight_WaitBoundedByTheKitsCeiling()
    {
        var morning = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        var error = new HubSpotErrors().Classify(new ExternalApiAnswer("crm", "get contact", HttpStatusCode.TooManyRequests, response.Headers,
            """{"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"}""", morning));

        error.Should().BeOfType<ExternalApiUnavailableException>().Which.RetryAfter.Should().Be(RetryAfterHeader.Ceiling);
    }

    [Fact]
    public void Classify_RateLimitWithRetryAfter_HonoursIt()
    {
        var error = Classify(HttpStatusCode.TooManyRequests, "not json", ("Retry-After", "7"));

        error.Should().BeOfType<ExternalApiUnavailableException>().Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public void Classify_RateLimitWithoutPolicyOrHeaders_WaitsTheTenSecondWindow()
    {
        var error = Classify(HttpStatusCode.TooManyRequests, "not json");

        var unavailable = error.Should().BeOfType<ExternalApiUnavailableException>().Which;
        unavailable.RetryAfter.Should().Be(TimeSpan.FromSeconds(10));
        unavailable.Message.Should().Contain("unknown policy");
    }

    [Fact]
    public void Classify_BadGateway_Unavailable()
    {
        Classify(HttpStatusCode.BadGateway, "<html>bad gateway</html>").Should().BeOfType<ExternalApiUnavailableException>();
    }
}
