namespace Hub.Demo;

/// <summary>One connector's day, from its Prometheus endpoint and the resolution queue.</summary>
public sealed record ConnectorFigures(
    string Connector, double EventsIn, double EventsOut, double Duplicates, double Retries,
    double DeadLetters, double Quarantined, int ConflictsQueued, double LatencyP50Seconds, double LatencyP99Seconds)
{
    private const string Inbound = "hub_connector_inbound_records_total";
    private const string EndToEndBuckets = "hub_messaging_end_to_end_duration_seconds_bucket";

    /// <summary>
    /// In: records from its system published to Kafka. Out: events from Kafka its subscriptions handled (applied
    /// to its system, or skipped as echoes of its own system). Duplicates: webhook
    /// redeliveries and Kafka redeliveries dropped. Retries: failed handler attempts that were tried again (failures
    /// minus dead letters). Dead letters: events on a dead-letter topic, including rejected inbound records.
    /// </summary>
    public static ConnectorFigures From(string connector, IReadOnlyList<MetricSample> samples, int conflictsQueued)
    {
        double Sum(string name, Func<MetricSample, bool>? where = null) => samples.Where(s => s.Name == name && (where?.Invoke(s) ?? true)).Sum(s => s.Value);
        double InboundWith(string outcome) => Sum(Inbound, s => s.Label("outcome") == outcome);
        var deadLettered = Sum("hub_messaging_dead_lettered_total");
        var buckets = samples.Where(s => s.Name == EndToEndBuckets)
            .GroupBy(s => s.Label("le"))
            .Select(g => (UpperBound: g.Key == "+Inf" ? double.PositiveInfinity : double.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture), Count: g.Sum(s => s.Value)))
            .ToList();
        return new ConnectorFigures(
            connector,
            EventsIn: InboundWith("published"),
            EventsOut: Sum("hub_messaging_handled_total"),
            Duplicates: InboundWith("duplicate") + Sum("hub_messaging_deduplicated_total"),
            Retries: Math.Max(0, Sum("hub_messaging_failed_total") - deadLettered),
            DeadLetters: deadLettered + InboundWith("rejected"),
            Quarantined: InboundWith("quarantined"),
            ConflictsQueued: conflictsQueued,
            LatencyP50Seconds: HistogramQuantile.Of(0.50, buckets),
            LatencyP99Seconds: HistogramQuantile.Of(0.99, buckets));
    }
}
