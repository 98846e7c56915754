using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hub.Messaging.Kafka.Telemetry;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The connector's own spans and counters, under the connector's name (which AddHubObservability exports). The
/// messaging platform counts what flows through Kafka; these count what crosses the boundary to the external system.
/// Prometheus names: hub_connector_inbound_records_total, hub_connector_inbound_quarantine_reasons_total,
/// hub_connector_outbound_calls_total, hub_connector_external_call_duration_seconds.
/// </summary>
public sealed class ConnectorTelemetry : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _inbound;
    private readonly Counter<long> _quarantineReasons;
    private readonly Counter<long> _outbound;
    private readonly Histogram<double> _callDuration;

    public ConnectorTelemetry(IMeterFactory meters, IOptions<ConnectorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Name = options.Value.Name;
        ActivitySource = new ActivitySource(Name);
        _meter = meters.Create(Name);
        _inbound = _meter.CreateCounter<long>("hub.connector.inbound.records", "{record}", "Records received from the external system, by outcome.");
        _quarantineReasons = _meter.CreateCounter<long>(
            "hub.connector.inbound.quarantine.reasons", "{reason}", "Reasons inbound records were quarantined for (a record rejected by two mapping rules counts twice).");
        _outbound = _meter.CreateCounter<long>("hub.connector.outbound.calls", "{call}", "Writes to the external system, by outcome.");
        _callDuration = _meter.CreateHistogram<double>("hub.connector.external_call.duration", "s", "Duration of calls to the external system.", advice: MessagingTelemetry.SecondsBuckets);
    }

    public string Name { get; }

    public ActivitySource ActivitySource { get; }

    /// <param name="channel">webhook, poll or file.</param>
    /// <param name="outcome">published, duplicate, rejected, quarantined, unauthorized.</param>
    public void Inbound(string channel, string entity, string outcome, long count = 1) =>
        _inbound.Add(count, new("connector", Name), new("channel", channel), new("entity", entity), new("outcome", outcome));

    /// <param name="recordType">What was quarantined, e.g. crm.contact (the quarantine's event type).</param>
    /// <param name="reason">Bounded: <c>{field}:{rule}</c> of the mapping that rejected it, or the rejection's reason code (<see cref="QuarantineReasons"/>).</param>
    public void QuarantineReason(string recordType, string reason) =>
        _quarantineReasons.Add(1, new("connector", Name), new("record_type", recordType), new("reason", reason));

    /// <param name="outcome">applied, skipped (already there), rejected, unavailable.</param>
    public void Outbound(string operation, string outcome) =>
        _outbound.Add(1, new("connector", Name), new("operation", operation), new("outcome", outcome));

    public void CallDuration(string operation, TimeSpan duration, bool succeeded) =>
        _callDuration.Record(duration.TotalSeconds, new("connector", Name), new("operation", operation), new("succeeded", succeeded));

    /// <summary>A span around a call to the external system (kind Client), e.g. "erp create res.partner".</summary>
    public Activity? StartExternalCall(string system, string operation)
    {
        var activity = ActivitySource.StartActivity($"{system} {operation}", ActivityKind.Client);
        activity?.SetTag("peer.service", system);
        activity?.SetTag("hub.operation", operation);
        return activity;
    }

    /// <summary>A span around receiving something from the external system (kind Server/Consumer), e.g. a webhook.</summary>
    public Activity? StartInbound(string channel, string what, ActivityKind kind = ActivityKind.Server)
    {
        var activity = ActivitySource.StartActivity($"{channel} {what}", kind);
        activity?.SetTag("hub.channel", channel);
        return activity;
    }

    public void Dispose()
    {
        ActivitySource.Dispose();
        _meter.Dispose();
    }
}
