using Hub.DevStack;
using Hub.Testing;

namespace Hub.EndToEnd.IntegrationTests;

/// <summary>
/// One business flow, one trace: the CRM's webhook, the CRM connector's publish, Kafka, the ERP connector's
/// processing and its call to the ERP's API are linked parent to child, across three processes and a Kafka hop.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TraceTests(PlatformFixture platform)
{
    private readonly SystemViews _systems = new(platform);

    [Fact]
    public async Task CrmWebhookToErpApi_FormsOneTraceWithParentChildLinks()
    {
        platform.Traces.Received.Clear();
        var email = SystemViews.NewEmail("traced");

        await _systems.CreateCrmContactAsync(email, "Traced Ltd");

        List<ExportedSpan> chain = [];
        await _systems.UntilAsync(() => Task.FromResult((chain = FindChain()).Count > 0), "a trace from the CRM webhook to a call of the ERP's API");
        chain[0].Service.Should().Be(HubPlatform.CrmConnector);
        chain[0].Kind.Should().Be(ExportedSpan.KindServer, "the trace starts where the webhook was received");
        chain[0].ParentSpanId.Should().BeEmpty();
        chain.Should().Contain(s => s.Service == HubPlatform.CrmConnector && s.Kind == ExportedSpan.KindProducer, "the publish to Kafka is in the trace");
        chain.Should().Contain(s => s.Service == HubPlatform.ErpConnector && s.Kind == ExportedSpan.KindConsumer, "the ERP connector's processing continues it");
        chain[^1].Service.Should().Be(HubPlatform.ErpConnector);
        chain[^1].Kind.Should().Be(ExportedSpan.KindClient);
        chain.Select(s => s.TraceId).Distinct().Should().ContainSingle();
    }

    /// <summary>From an ERP-API call up to its root, following parent ids; empty unless the root is the CRM webhook.</summary>
    private List<ExportedSpan> FindChain()
    {
        var spans = platform.Traces.Received.ToArray().SelectMany(e => e.Spans()).ToList();
        var byId = spans.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
        foreach (var call in spans.Where(s => s.Service == HubPlatform.ErpConnector && s.Kind == ExportedSpan.KindClient))
        {
            var chain = new List<ExportedSpan> { call };
            while (chain[^1].ParentSpanId.Length > 0 && byId.TryGetValue(chain[^1].ParentSpanId, out var parent))
            {
                chain.Add(parent);
            }

            chain.Reverse();
            if (chain[0].ParentSpanId.Length == 0 && chain[0].Service == HubPlatform.CrmConnector)
            {
                return chain;
            }
        }

        return [];
    }
}
