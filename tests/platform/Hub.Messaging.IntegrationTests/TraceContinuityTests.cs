using System.Diagnostics;
using Hub.Messaging.IntegrationTests.Support;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Hub.Messaging.IntegrationTests;

public sealed class TraceContinuityTests(StackFixture stack)
{
    private static readonly ActivitySource TestSource = new("Hub.Messaging.IntegrationTests");

    [Fact]
    public async Task PublishConsumeRepublish_AcrossTwoHops_OneTraceWithParentChildLinks()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var nextTopic = $"{scenario.Topic}.next";
        await stack.CreateTopicAsync(nextTopic, 1);
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(MessagingTelemetry.SourceName, TestSource.Name)
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(spans)
            .Build();
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        // "forward" reads the scenario topic and publishes to the next one, where "main" records the effect.
        var consumer = await TestHosts.StartConsumerAsync(
            scenario,
            o => o.Topics = [nextTopic],
            services => services
                .AddSingleton(new ForwardingTarget(nextTopic))
                .AddSubscription<TestEvent, ForwardingHandler>("forward", o =>
                {
                    o.Topics = [scenario.Topic];
                    o.GroupId = $"{scenario.Group}-forward";
                    TestHosts.FastRetries(o);
                }));

        ActivityTraceId traceId;
        using (var root = TestSource.StartActivity("webhook received"))
        {
            traceId = root!.TraceId;
            await publisher.PublishAsync(scenario.Topic, [TestEvent.Create("customer-1", 1)]);
        }

        await scenario.WaitForAppliedAsync(1);
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
        tracing.ForceFlush();

        var trace = spans.Where(s => s.TraceId == traceId).ToList();
        Activity Span(string name) => trace.Should().ContainSingle(s => s.DisplayName == name, $"span '{name}' belongs to the trace").Subject;
        var rootSpan = Span("webhook received");
        var firstPublish = Span($"publish {scenario.Topic}");
        var firstProcess = Span($"process {scenario.Topic}");
        var secondPublish = Span($"publish {nextTopic}");
        var secondProcess = Span($"process {nextTopic}");
        var handlers = trace.Where(s => s.DisplayName == "handle TestEvent").ToList();
        handlers.Should().HaveCount(2);

        firstPublish.ParentSpanId.Should().Be(rootSpan.SpanId);
        firstPublish.Kind.Should().Be(ActivityKind.Producer);
        firstProcess.ParentSpanId.Should().Be(firstPublish.SpanId, "the consumer span continues the producer span carried in the headers");
        firstProcess.Kind.Should().Be(ActivityKind.Consumer);
        var forwardHandler = handlers.Single(h => h.ParentSpanId == firstProcess.SpanId);
        secondPublish.ParentSpanId.Should().Be(forwardHandler.SpanId, "a publish inside a handler is a child of that handler");
        secondProcess.ParentSpanId.Should().Be(secondPublish.SpanId);
        handlers.Should().ContainSingle(h => h.ParentSpanId == secondProcess.SpanId);
    }
}
