using System.Text;
using Hub.Connectors.Hosting;
using Hub.Connectors.Hosting.Capture;
using Hub.Connectors.Hosting.UnitTests;
using Hub.Connectors.Hosting.UnitTests.Capture;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>A <see cref="WebhookFlow{TItem}"/> of the test vendor over in-memory receipts, broker and metrics.</summary>
internal sealed class FlowHarness : IDisposable
{
    public const string Path = "/webhooks/test";
    public const string QuarantineTopic = "test-connector.inbound.dlq";
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ConnectorTelemetry _telemetry;

    public FlowHarness()
    {
        var connector = Options.Create(new ConnectorOptions { Name = ConnectorName, SourceSystem = "test" });
        _telemetry = new ConnectorTelemetry(_metrics.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), connector);
        Counts = new InboundCounts(ConnectorName);
        QuarantineReasons = new InboundCounts(ConnectorName, "hub.connector.inbound.quarantine.reasons", "record_type", "reason");
        var quarantine = new InboundQuarantine(
            DeadLetters, Options.Create(new InboundQuarantineOptions { Topic = QuarantineTopic }), connector, _telemetry, NullLogger<InboundQuarantine>.Instance);
        Flow = new WebhookFlow<TestItem>(
            "test", new StaticVerifier(), new TestParser(), Handler, Receipts, quarantine, _telemetry, NullLoggerFactory.Instance,
            RecordingCaptureSink.Capture(Captured, CaptureOptions, ConnectorName));
    }

    /// <summary>Unique per test: the meter of one test is not counted by another running at the same time.</summary>
    public string ConnectorName { get; } = $"test-connector-{Guid.NewGuid():N}";

    public WebhookFlow<TestItem> Flow { get; }

    /// <summary>hub.connector.inbound.quarantine.reasons by "record type/reason".</summary>
    public InboundCounts QuarantineReasons { get; }

    /// <summary>Traffic capture, off until a test switches it on.</summary>
    public CaptureOptions CaptureOptions { get; } = new();

    public RecordingCaptureSink Captured { get; } = new();

    public InMemoryReceipts Receipts { get; } = new();

    public ScriptedHandler Handler { get; } = new();

    public RecordingDeadLetters DeadLetters { get; } = new();

    public InboundCounts Counts { get; }

    public static string Items(params (string Id, string Subject, string Action)[] items) =>
        "[" + string.Join(",", items.Select(i => $$"""{"id":"{{i.Id}}","subject":"{{i.Subject}}","action":"{{i.Action}}"}""")) + "]";

    public Task<WebhookAnswer> PostAsync(string body, string signature = "good", CancellationToken cancellationToken = default) =>
        PostAsync(Encoding.UTF8.GetBytes(body), signature, cancellationToken);

    public Task<WebhookAnswer> PostAsync(byte[] body, string signature = "good", CancellationToken cancellationToken = default)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = Path;
        context.Request.Headers["X-Test-Signature"] = signature;
        context.Request.ContentLength = body.Length;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(body);
        return Flow.ReceiveAsync(context.Request, cancellationToken);
    }

    public void Dispose()
    {
        Counts.Dispose();
        QuarantineReasons.Dispose();
        _telemetry.Dispose();
        _metrics.Dispose();
    }
}
