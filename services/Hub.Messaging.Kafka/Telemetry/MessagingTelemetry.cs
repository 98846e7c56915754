using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hub.Messaging.Kafka.Telemetry;

/// <summary>
/// The platform's one ActivitySource and Meter for messaging. Instrument names follow the OpenTelemetry messaging
/// semantic conventions where one exists; platform-specific ones use the "hub." prefix.
/// </summary>
public sealed class MessagingTelemetry : IDisposable
{
    public const string SourceName = "Hub.Messaging";

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
        ProcessDuration = Meter.CreateHistogram<double>("messaging.process.duration", "s", "Time spent handling one event, retries included.");
        EndToEndLatency = Meter.CreateHistogram<double>("hub.messaging.end_to_end.duration", "s", "From the event's produce time to the end of its handling.");
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
