using Hub.Identity.Capture;
using Hub.Connectors.Hosting.Capture;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.UnitTests.Capture;

/// <summary>A capture sink that keeps what it is given, or fails as Kafka would when <see cref="Fail"/> is set.</summary>
internal sealed class RecordingCaptureSink : ICaptureSink
{
    public List<CapturedExchange> Exchanges { get; } = [];

    public bool Fail { get; set; }

    /// <summary>A <see cref="TrafficCapture"/> writing to <paramref name="sink"/> with <paramref name="options"/> (read on each call).</summary>
    public static TrafficCapture Capture(RecordingCaptureSink sink, CaptureOptions options, string connector) => new(
        new FixedOptions(options), sink, Options.Create(new ConnectorOptions { Name = connector, SourceSystem = "test" }), TimeProvider.System, NullLogger<TrafficCapture>.Instance);

    public Task WriteAsync(CapturedExchange exchange, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("Kafka is down");
        }

        lock (Exchanges)
        {
            Exchanges.Add(exchange);
        }

        return Task.CompletedTask;
    }

    private sealed class FixedOptions(CaptureOptions value) : IOptionsMonitor<CaptureOptions>
    {
        public CaptureOptions CurrentValue => value;

        public CaptureOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<CaptureOptions, string?> listener) => null;
    }
}
