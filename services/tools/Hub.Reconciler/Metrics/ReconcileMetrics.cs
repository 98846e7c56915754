using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.Reconciler;

/// <summary>
/// The scheduled reconciliation's gauges, on the service's meter (scraped at /metrics):
/// <c>hub.reconcile.differences</c> {entity, system, kind} from the entity's last successful run (a failed run keeps
/// them: the systems did not start agreeing because a connector was down), <c>hub.reconcile.last_run.timestamp</c>
/// {entity} in Unix seconds and <c>hub.reconcile.last_run.success</c> {entity}, 1 or 0.
/// </summary>
public sealed class ReconcileMetrics
{
    public const string Differences = "hub.reconcile.differences";
    public const string LastRunTimestamp = "hub.reconcile.last_run.timestamp";
    public const string LastRunSuccess = "hub.reconcile.last_run.success";

    private readonly ConcurrentDictionary<string, EntityRunOutcome> _lastRuns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<DifferenceSample>> _differences = new(StringComparer.Ordinal);

    public ReconcileMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(ReconcilerServiceCollectionExtensions.ServiceName);
        meter.CreateObservableGauge(Differences, ObserveDifferences, "{difference}", "Differences the last successful reconciliation found, per entity, system and kind (missing, extra, drift, stale).");
        meter.CreateObservableGauge(LastRunTimestamp, ObserveLastRunTime, "s", "When the entity's last reconciliation run ended, in Unix seconds.");
        meter.CreateObservableGauge(LastRunSuccess, ObserveLastRunSuccess, "{run}", "1 when the entity's last reconciliation read every connector and compared, 0 when a connector did not answer.");
    }

    /// <summary>The last outcome of each entity, for the health check.</summary>
    public IReadOnlyCollection<EntityRunOutcome> LastRuns => _lastRuns.Values.ToList();

    public void Record(EntityRunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _lastRuns[outcome.Entity] = outcome;
        if (outcome.Result is { } result)
        {
            _differences[outcome.Entity] = DifferenceSamples.Of(outcome.Entity, result);
        }
    }

    private IEnumerable<Measurement<int>> ObserveDifferences() =>
        _differences.Values.SelectMany(samples => samples).Select(s => new Measurement<int>(
            s.Count, new("entity", s.Entity), new("system", s.System), new("kind", s.Kind)));

    private IEnumerable<Measurement<double>> ObserveLastRunTime() =>
        _lastRuns.Values.Select(r => new Measurement<double>(r.At.ToUnixTimeMilliseconds() / 1000d, new KeyValuePair<string, object?>("entity", r.Entity)));

    private IEnumerable<Measurement<int>> ObserveLastRunSuccess() =>
        _lastRuns.Values.Select(r => new Measurement<int>(r.Succeeded ? 1 : 0, new KeyValuePair<string, object?>("entity", r.Entity)));
}
