using Hub.Cli.Traffic.Replay;
using Hub.Identity.Capture;
using static Hub.Cli.UnitTests.Replay.ReplayExchanges;

namespace Hub.Cli.UnitTests.Replay;

public sealed class ReplayComparerTests
{
    [Fact]
    public void Compare_SameBehaviour_NoDifferencesAndCountsTheCallsOfEachTrace()
    {
        CapturedExchange[] production = [Call("p1", 0, "GET", "/contacts/101?properties=email"), Webhook("p1", 1), Call("other", 1, "GET", "/contacts/999"), Webhook("p2", 2, answer: """{"outcomes":{"ignored":1}}""")];
        CapturedExchange[] candidate = [Call("c1", 0, "GET", "/contacts/101?properties=email"), Webhook("c1", 1), Webhook("c2", 2, answer: """{"outcomes":{"ignored":1}}""")];

        var report = ReplayComparer.Compare([production[1], production[3]], production, candidate, ReplayAllowList.Empty);

        report.Differences.Should().BeEmpty();
        report.HasDifferences.Should().BeFalse();
        (report.Webhooks, report.ProductionCalls, report.CandidateCalls).Should().Be((2, 1, 1), "calls of other traces are not the webhooks'");
    }

    [Fact]
    public void Compare_ChangedFieldAllowedAndMissingDelivery_OnlyTheUnallowedCount()
    {
        CapturedExchange[] production = [Call("p1", 0, "PATCH", "/contacts/101", """{"a":1,"at":"x"}"""), Webhook("p1", 1), Webhook("p2", 2)];
        CapturedExchange[] candidate = [Call("c1", 0, "PATCH", "/contacts/101", """{"a":1,"at":"y"}"""), Webhook("c1", 1)];

        var report = ReplayComparer.Compare([production[1], production[2]], production, candidate, ReplayAllowList.Parse(["body.at"]));

        report.Differences.Select(d => (d.Webhook, d.Path, d.Allowed)).Should().Equal(
            ("#1 POST /webhooks/hubspot", "body.at", true), ("#2 POST /webhooks/hubspot", ReplayDifference.WholeCall, false));
        report.HasDifferences.Should().BeTrue();
    }
}
