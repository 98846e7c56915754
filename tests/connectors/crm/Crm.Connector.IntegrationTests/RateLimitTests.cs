using Hub.Sandboxes;
using Hub.Testing;

namespace Crm.Connector.IntegrationTests;

/// <summary>
/// Its own class, so its own CRM stack: the earlier outbound tests leave retry copies behind (their faults parked
/// events on the retry topic), and a copy held on the same retry partition would delay this test's event.
/// </summary>
public sealed class RateLimitTests(CrmStack crm) : CrmTests(crm)
{
    /// <summary>
    /// HubSpot's 429 carries no Retry-After: the connector must wait for the rolling window HubSpot reports in
    /// X-HubSpot-RateLimit-Interval-Milliseconds (the body names the policy), not retry at once.
    /// </summary>
    [Fact]
    public async Task CrmRateLimited_HubSpotShaped429_NextCallWaitsForTheReportedWindow()
    {
        var email = CrmSandboxData.UniqueEmail("hubspot-429");
        // Earlier tests' webhooks and retries make the connector call the CRM; the one refused call must be this test's.
        await Eventually.UntilAsync(
            async () => await Crm.Control.GetRequestsAsync() is not [.., var last] || DateTimeOffset.UtcNow - last.At > TimeSpan.FromSeconds(2),
            "the CRM API to be quiet for 2 s",
            Timeout);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Crm.Control.SetFaultsAsync(new FaultSettings { Mode = FaultMode.RateLimited, Requests = 1 });

        await Topic.PublishAsync(Crm.UpsertedTopic, OutboundTests.ErpCustomer(email));

        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(email)).Count > 0, "the contact in the CRM", Timeout);
        var calls = (await Crm.Control.GetRequestsAsync()).Where(r => r.At >= started && r.Path.Contains(email, StringComparison.Ordinal)).ToList();
        var limited = calls.Should().ContainSingle(r => r.Status == 429).Subject;
        var next = calls.First(r => r.At > limited.At);
        (next.At - limited.At).Should().BeGreaterThanOrEqualTo(
            CrmStack.RateLimitWindow - TimeSpan.FromMilliseconds(100),
            "the window HubSpot reported is waited out; calls: {0}",
            string.Join("; ", calls.Select(c => $"{c.At:HH:mm:ss.fff} {c.Method} {c.Path} {c.Status}")));
        (await Crm.ContactsAsync(email)).Should().ContainSingle();
    }
}
