using Hub.Cli.Traffic.Replay;
using static Hub.Cli.UnitTests.Replay.ReplayExchanges;

namespace Hub.Cli.UnitTests.Replay;

public sealed class CallMatcherTests
{
    [Theory]
    [InlineData("/crm/v3/objects/contacts/101?properties=email", "crm/v3/objects/contacts/{id}", "101")]
    [InlineData("/api/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301/lines/7", "api/orders/{id}/lines/{id}", "3f2504e0-4f89-11d3-9a0c-0305e82c3301/7")]
    [InlineData("/admin/api/2024-10/inventory_levels/set.json", "admin/api/2024-10/inventory_levels/set.json", "")]
    [InlineData("/api/v2/customers/CUST0042A", "api/v2/customers/{id}", "CUST0042A")]
    public void Parse_Target_TemplatesIdSegmentsAndKeepsTheirValues(string target, string template, string ids)
    {
        var parsed = CallTarget.Parse(target);

        parsed.Template.Should().Be(template);
        parsed.Ids.Should().Be(ids);
    }

    [Fact]
    public void Parse_Query_DecodesParameters()
    {
        CallTarget.Parse("/x?properties=a%2Cb&after=c%20d").Query.Should().Equal(new Dictionary<string, string> { ["properties"] = "a,b", ["after"] = "c d" });
    }

    [Fact]
    public void Match_IdempotencyKeyOverPathIds_PairsTheSameWriteWhateverTheOrder()
    {
        var production = new[] { Call("t", 1, "POST", "/batch/upsert", idempotencyKey: "k1"), Call("t", 2, "POST", "/batch/upsert", idempotencyKey: "k2") };
        var candidate = new[] { Call("u", 1, "POST", "/batch/upsert", idempotencyKey: "k2"), Call("u", 2, "POST", "/batch/upsert", idempotencyKey: "k1") };

        var pairs = CallMatcher.Match(production.Select(CapturedCall.Of), candidate.Select(CapturedCall.Of));

        pairs.Should().HaveCount(2);
        pairs.Should().OnlyContain(p => p.Production!.Identity == p.Candidate!.Identity);
        pairs[0].Candidate!.Exchange.Should().BeSameAs(candidate[1]);
    }

    [Fact]
    public void Match_BusinessKeyAndRepeats_PairsInOrderAndLeavesTheRestUnpaired()
    {
        var production = new[] { Call("t", 1, "GET", "/contacts/101"), Call("t", 2, "GET", "/contacts/101"), Call("t", 3, "GET", "/contacts/102") };
        var candidate = new[] { Call("u", 1, "GET", "/contacts/101"), Call("u", 2, "GET", "/contacts/103") };

        var pairs = CallMatcher.Match(production.Select(CapturedCall.Of), candidate.Select(CapturedCall.Of));

        pairs.Select(p => (p.Production?.Exchange, p.Candidate?.Exchange)).Should().Equal(
            (production[0], candidate[0]), (production[1], null), (production[2], null), (null, candidate[1]));
    }
}
