using Hub.Observability.IntegrationTests.Support;
using Hub.Testing;

namespace Hub.Observability.IntegrationTests;

/// <summary>
/// A service configured only through the standard OTEL_* variables exports its spans (publish, process, handle,
/// dead-letter publish) to an OTLP collector, over OTLP/HTTP and over OTLP/gRPC, as Jaeger would receive them.
/// </summary>
public sealed class OtlpExportTests(StackFixture stack)
{
    [Fact]
    public async Task OtlpExport_HttpProtobufEndpoint_PostsMessagingSpansToV1Traces()
    {
        await using var receiver = await OtlpReceiver.StartAsync();

        var exports = await RunHostUntilSpansArriveAsync(receiver, receiver.HttpEndpoint, "http/protobuf", "http");

        exports.Should().AllSatisfy(e =>
        {
            e.Path.Should().Be("/v1/traces");
            e.ContentType.Should().Be("application/x-protobuf");
            e.Body.Should().NotBeEmpty();
        });
        var spans = exports.SelectMany(e => e.Spans()).ToList();
        spans.Should().OnlyContain(s => s.Service == "metrics-host" && s.TraceId.Length == 32 && s.SpanId.Length == 16);
        var process = spans.First(s => s.Name.StartsWith("process obs.", StringComparison.Ordinal));
        spans.Should().Contain(s => s.SpanId == process.ParentSpanId && s.TraceId == process.TraceId && s.Kind == ExportedSpan.KindProducer,
            "the consumer's process span is a child of the publish span whose context crossed Kafka in the headers");
    }

    [Fact]
    public async Task OtlpExport_GrpcEndpoint_CallsTraceServiceExport()
    {
        await using var receiver = await OtlpReceiver.StartAsync();

        var exports = await RunHostUntilSpansArriveAsync(receiver, receiver.GrpcEndpoint, "grpc", "grpc");

        exports.Should().AllSatisfy(e =>
        {
            e.Path.Should().Be(OtlpReceiver.GrpcExportPath);
            e.ContentType.Should().StartWith("application/grpc");
            e.Body.Should().NotBeEmpty();
        });
    }

    /// <summary>Waits until the exports name the service and carry every kind of messaging span, DLQ included.</summary>
    private async Task<IReadOnlyList<ReceivedExport>> RunHostUntilSpansArriveAsync(OtlpReceiver receiver, Uri endpoint, string protocol, string transport)
    {
        string[] expected = ["metrics-host", "publish obs.", "process obs.", "handle TestEvent", ".dlq"];
        await using var host = await MetricsHostProcess.StartAsync(stack, new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
            ["OTEL_TRACES_SAMPLER"] = "parentbased_always_on",
            // Export every 200 ms instead of every 5 s, so the test does not wait on the batch processor.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        await host.WaitForAsync("/health/ready", "the metrics host to be ready", TimeSpan.FromSeconds(60));
        try
        {
            await Eventually.UntilAsync(
                () => expected.All(text => receiver.Received.Any(e => e.Transport == transport && e.Mentions(text))),
                $"OTLP/{protocol} exports mentioning {string.Join(", ", expected)}",
                TimeSpan.FromSeconds(60),
                cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            var missing = expected.Where(text => !receiver.Received.Any(r => r.Mentions(text)));
            throw new TimeoutException($"{e.Message} {receiver.Received.Count} exports; missing {string.Join(", ", missing)}.{Environment.NewLine}{host.Output}", e);
        }

        await host.StopAsync();
        return receiver.Received.ToList();
    }
}
