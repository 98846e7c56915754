using Hub.Cli.Traffic.Replay;
using static Hub.Cli.UnitTests.Replay.ReplayExchanges;

namespace Hub.Cli.UnitTests.Replay;

public sealed class CallDifferTests
{
    [Fact]
    public void Compare_ApiCall_DiffsQueryAndJsonBodyByPathButNotTheAnswer()
    {
        var production = Call("t", 1, "PATCH", "/contacts/101?mode=a", """{"properties":{"firstname":"Zoë","tags":["x","y"],"same":1}}""");
        var candidate = Call("u", 1, "PATCH", "/contacts/101?mode=b", """{"properties":{"firstname":"Zoe","tags":["x"],"same":1,"extra":null}}""")
            with { Response = new() { Status = 500 } };

        var differences = CallDiffer.Compare("#1", new CallPair(CapturedCall.Of(production), CapturedCall.Of(candidate))).ToList();

        differences.Select(d => (d.Path, d.Production, d.Candidate)).Should().Equal(
            ("body.properties.extra", null, "null"),
            ("body.properties.firstname", "\"Zoë\"", "\"Zoe\""),
            ("body.properties.tags[1]", "\"y\"", null),
            ("query.mode", "a", "b"));
        differences.Should().OnlyContain(d => d.Call == "PATCH contacts/{id} [101]" && d.Webhook == "#1");
    }

    [Fact]
    public void Compare_Webhook_DiffsTheConnectorsAnswer()
    {
        var production = Webhook("t", 1);
        var candidate = Webhook("u", 1, answer: """{"outcomes":{"rejected":1}}""");

        var differences = CallDiffer.Compare("#1", new CallPair(CapturedCall.Of(production), CapturedCall.Of(candidate)));

        differences.Select(d => (d.Path, d.Production, d.Candidate)).Should().Equal(
            ("body.outcomes.published", "1", null), ("body.outcomes.rejected", null, "1"));
    }

    [Fact]
    public void Compare_SameCall_NoDifferences_AndNotJsonBodiesCompareWhole()
    {
        var csv = Call("t", 1, "POST", "/import", "a;b\n1;2");

        CallDiffer.Compare("#1", new CallPair(CapturedCall.Of(csv), CapturedCall.Of(csv with { TraceId = "u" }))).Should().BeEmpty();
        CallDiffer.Compare("#1", new CallPair(CapturedCall.Of(csv), CapturedCall.Of(csv with { Request = csv.Request with { Body = "a;b\n1;3" } })))
            .Should().ContainSingle(d => d.Path == "body");
    }

    [Fact]
    public void Compare_OneSideOnly_IsAWholeCallDifference()
    {
        var difference = CallDiffer.Compare("#2", new CallPair(null, CapturedCall.Of(Call("u", 1, "DELETE", "/contacts/101")))).Single();

        difference.Should().BeEquivalentTo(new { Path = ReplayDifference.WholeCall, Production = (string?)null, Candidate = CallDiffer.Made, Method = "DELETE" });
    }
}
