using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hub.Messaging.Kafka.Telemetry;

/// <summary>
/// The platform's one ActivitySource and Meter for messaging. Instrument names follow the OpenTelemetry messaging
/// semantic conventions where one exists; platform-specific ones use the "hub." prefix.
/// </summary>
public sealed class MessagingTelemetry : IDisposable
{
    public const string SourceName = MessagingDiagnostics.SourceName;

    // In seconds: without advice the SDK uses its default buckets (0, 5, 10, 25 ... 10000), which suit milliseconds
    // and would put every sub-five-second latency into one bucket.
    /// <summary>Buckets for durations in seconds (5 ms to 5 min); the SDK default buckets are meant for milliseconds.</summary>
    public static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120, 300],
    };

    public MessagingTelemetry(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(SourceName);
        Produced = Meter.CreateCounter<long>("messaging.client.sent.messages", "{message}", "Messages acknowledged by the broker.");
        Consumed = Meter.CreateCounter<long>("messaging.client.consumed.messages", "{message}", "Messages taken from Kafka by a subscription.");
        Handled = Meter.CreateCounter<long>("hub.messaging.handled", "{message}", "Events whose handler succeeded.");
        Failed = Meter.CreateCounter<long>("hub.messaging.failed", "{attempt}", "Handler attempts that threw.");
        Deduplicated = Meter.CreateCounter<long>("hub.messaging.deduplicated", "{message}", "Redeliveries skipped because their dedup marker was present.");
        DeadLettered = Meter.CreateCounter<long>("hub.messaging.dead_lettered", "{message}", "Events written to a dead-letter topic.");
        Parked = Meter.CreateCounter<long>("hub.messaging.parked", "{message}", "Events forwarded to a retry topic.");
        ProcessDuration = Meter.CreateHistogram<double>("messaging.process.duration", "s", "Time spent handling one event, retries included.", advice: SecondsBuckets);
        EndToEndLatency = Meter.CreateHistogram<double>("hub.messaging.end_to_end.duration", "s", "From the event's produce time to the end of its handling.", advice: SecondsBuckets);
    }

    public static ActivitySource ActivitySource { get; } = new(SourceName);

    public Meter Meter { get; }

    public Counter<long> Produced { get; }

    public Counter<long> Consumed { get; }

    public Counter<long> Handled { get; }

    public Counter<long> Failed { get; }

    public Counter<long> Deduplicated { get; }

    public Counter<long> DeadLettered { get; }

    public Counter<long> Parked { get; }

    public Histogram<double> ProcessDuration { get; }

    public Histogram<double> EndToEndLatency { get; }

    public void Dispose() => Meter.Dispose();
}
