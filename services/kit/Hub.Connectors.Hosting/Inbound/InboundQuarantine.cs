using Hub.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The one way a connector quarantines what it received but cannot turn into canonical events: each record goes, as
/// the connector kept it, to the connector's quarantine topic with the platform's dead-letter headers
/// (<see cref="IInboundDeadLetterPublisher"/>), so `hub dlq` and operators read every connector's rejects the same
/// way, and the call is logged once. The caller counts every record's outcome (hub.connector.inbound.records); this
/// counts why each was quarantined (hub.connector.inbound.quarantine.reasons, <see cref="QuarantineReasons"/>), so a
/// dashboard shows which rule's rejects are growing.
/// </summary>
public sealed partial class InboundQuarantine(
    IInboundDeadLetterPublisher publisher,
    IOptions<InboundQuarantineOptions> options,
    IOptions<ConnectorOptions> connector,
    ConnectorTelemetry telemetry,
    ILogger<InboundQuarantine> logger)
{
    private const int ReasonsLogged = 3;

    public string Topic => options.Value.Topic;

    public string ConsumerGroup => options.Value.ConsumerGroup ?? $"{connector.Value.Name}.inbound";

    /// <param name="source">Where the record came from, e.g. "webhook:/webhooks/hubspot"; the hub-original-topic header.</param>
    /// <exception cref="PublishException">The broker did not take it: the caller must not acknowledge the record.</exception>
    public Task QuarantineAsync(string source, RejectedRecord record, CancellationToken cancellationToken = default) =>
        QuarantineAsync(source, [record], cancellationToken);

    /// <summary>Quarantines <paramref name="records"/> in order, each acknowledged by the broker before the next.</summary>
    public async Task QuarantineAsync(string source, IReadOnlyList<RejectedRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            await publisher.PublishAsync(
                new InboundDeadLetter
                {
                    Topic = Topic,
                    Key = record.Key,
                    Value = record.Value,
                    EventId = record.EventId,
                    EventType = record.RecordType,
                    Source = source,
                    ConsumerGroup = ConsumerGroup,
                    Error = record.Reason,
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var reason in QuarantineReasons.Of(record.Reason))
            {
                telemetry.QuarantineReason(record.RecordType, reason);
            }
        }

        if (records.Count > 0)
        {
            LogQuarantined(records.Count, records[0].RecordType, source, Topic, Reasons(records));
        }
    }

    // A whole file can be rejected at once: the log names a few reasons, the topic holds all of them.
    private static string Reasons(IReadOnlyList<RejectedRecord> records)
    {
        var shown = records.Take(ReasonsLogged).Select(r => $"{r.Key}: {r.Reason.Message}");
        var more = records.Count > ReasonsLogged ? $" (and {records.Count - ReasonsLogged} more)" : string.Empty;
        return string.Join(" | ", shown) + more;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {Count} {RecordType} record(s) from {Source} on {Topic}: {Reasons}")]
    private partial void LogQuarantined(int count, string recordType, string source, string topic, string reasons);
}
