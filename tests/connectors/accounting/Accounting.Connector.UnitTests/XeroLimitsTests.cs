using System.Net;
using Accounting.Connector.Api;
using Microsoft.Extensions.Time.Testing;

namespace Accounting.Connector.UnitTests;

/// <summary>The connector slows down on what Xero reports, before the limits bite.</summary>
public sealed class XeroLimitsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 23, 0, 0, TimeSpan.Zero));

    [Fact]
    public void DelayBeforeNextCall_PlentyLeft_NoDelay()
    {
        var limits = Observed(minute: 40, day: 4000);

        limits.DelayBeforeNextCall().Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void DelayBeforeNextCall_MinuteSpent_WaitsForTheRestOfTheMinute()
    {
        var limits = Observed(minute: 0, day: 4000);
        _time.Advance(TimeSpan.FromSeconds(15));

        limits.DelayBeforeNextCall().Should().Be(TimeSpan.FromSeconds(45));
        limits.DelayBeforeNextCall().Should().Be(TimeSpan.Zero, "the wait is taken once; the next answer reports the new minute");
    }

    [Fact]
    public void DelayBeforeNextCall_FewLeft_CallsSpacedOverTheRestOfTheMinute()
    {
        var limits = Observed(minute: 3, day: 4000);

        limits.DelayBeforeNextCall().Should().Be(TimeSpan.FromSeconds(15), "60 s left for 3 calls: one every 15 s");
        limits.DelayBeforeNextCall().Should().Be(TimeSpan.FromSeconds(20), "a concurrent caller counts the call before it");
    }

    [Fact]
    public void DayExhaustedFor_SpentToday_UntilMidnightUtc_ThenForgottenTomorrow()
    {
        var limits = Observed(minute: 50, day: 0);

        limits.DayExhaustedFor().Should().Be(TimeSpan.FromHours(1));
        _time.Advance(TimeSpan.FromHours(1));
        limits.DayExhaustedFor().Should().BeNull();
    }

    [Fact]
    public async Task Handler_DaySpent_Answers429DayWithoutCalling()
    {
        var limits = Observed(minute: 50, day: 0);
        var calls = 0;
        using var invoker = new HttpMessageInvoker(new XeroLimitHandler(limits, _time) { InnerHandler = new Counting(() => calls++) });

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Put, "https://api.xero.com/api.xro/2.0/Invoices"), CancellationToken.None);

        calls.Should().Be(0);
        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromHours(1));
        response.Headers.GetValues("X-Rate-Limit-Problem").Should().Equal("day");
    }

    [Fact]
    public async Task Handler_MinuteSpent_Answers429MinuteWithTheRestOfTheMinuteWithoutCalling()
    {
        var limits = Observed(minute: 0, day: 4000);
        _time.Advance(TimeSpan.FromSeconds(20));
        var calls = 0;
        using var invoker = new HttpMessageInvoker(new XeroLimitHandler(limits, _time) { InnerHandler = new Counting(() => calls++) });

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Put, "https://api.xero.com/api.xro/2.0/Invoices"), CancellationToken.None);

        calls.Should().Be(0, "a wait longer than a call may take is left to the kit's retry");
        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(40));
        response.Headers.GetValues("X-Rate-Limit-Problem").Should().Equal("minute");
    }

    [Fact]
    public async Task Handler_Xero429WithRetryAfter_CountersNotTakenSoTheRetryAfterGoverns()
    {
        var limits = new XeroLimits(_time);
        var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        answer.Headers.Add("Retry-After", "1");
        answer.Headers.Add("X-MinLimit-Remaining", "0");
        using var invoker = new HttpMessageInvoker(new XeroLimitHandler(limits, _time) { InnerHandler = new Answering(answer) });

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Put, "https://api.xero.com/api.xro/2.0/Invoices"), CancellationToken.None);

        limits.DelayBeforeNextCall().Should().Be(TimeSpan.Zero, "Xero's own Retry-After (1 s) decides the wait, not the rest of the minute");
    }

    private XeroLimits Observed(int minute, int day)
    {
        var limits = new XeroLimits(_time);
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-MinLimit-Remaining", minute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-DayLimit-Remaining", day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        limits.Observe(response.Headers);
        return limits;
    }

    private sealed class Answering(HttpResponseMessage answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(answer);
    }

    private sealed class Counting(Action onCall) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onCall();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
