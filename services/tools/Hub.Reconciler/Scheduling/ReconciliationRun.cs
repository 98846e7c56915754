using Hub.Identity;
using Hub.Reconciliation;
using Microsoft.Extensions.Options;

namespace Hub.Reconciler;

/// <summary>
/// One reconciliation of every configured entity: each connector's snapshot (<see cref="ConnectorSnapshots"/>), the
/// comparison (<see cref="Hub.Reconciliation.Reconciler"/>), the outcome recorded for the gauges. Scheduled and on-demand runs share it and
/// never overlap: a second caller waits for the run in progress and then runs, so it sees the systems as they are then.
/// </summary>
public sealed partial class ReconciliationRun(
    IOptions<ReconcilerOptions> options,
    IdentityConfiguration ownership,
    ReconcileMetrics metrics,
    TimeProvider time,
    ILogger<ReconciliationRun> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<IReadOnlyList<EntityRunOutcome>> RunAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var settings = options.Value;
            var connectors = ConnectorAddressList.Parse(settings.Connectors.Select(c => (c.Key, c.Value)));
            var outcomes = new List<EntityRunOutcome>();
            foreach (var entity in settings.EntitiesOrDefault)
            {
                var outcome = await CompareAsync(entity, connectors, settings, cancellationToken);
                metrics.Record(outcome);
                outcomes.Add(outcome);
            }

            return outcomes;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task<EntityRunOutcome> CompareAsync(string entity, IReadOnlyDictionary<string, Uri> connectors, ReconcilerOptions settings, CancellationToken cancellationToken)
    {
        ReconcileEntities.TryGetEntityType(entity, out var entityType);
        try
        {
            var snapshots = await ConnectorSnapshots.ReadAllAsync(connectors, entity, settings.ConnectorTimeout, read: null, cancellationToken);
            var result = Hub.Reconciliation.Reconciler.Compare(ownership[entityType!], snapshots, new ReconcileOptions { Now = time.GetUtcNow(), FreshnessTarget = settings.FreshnessTarget });
            LogCompared(entity, result.Compared, result.Differences.Count, string.Join(", ", result.Summary.Select(s => $"{s.System} {s.Kind}: {s.Count}")));
            return new EntityRunOutcome(entity, result.At, result, null);
        }
        catch (ConnectorSnapshotException ex)
        {
            LogFailed(ex, entity, ex.Message);
            return new EntityRunOutcome(entity, time.GetUtcNow(), null, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled {Entity}: {Compared} record(s) compared, {Differences} difference(s) [{Summary}]")]
    private partial void LogCompared(string entity, int compared, int differences, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciling {Entity} failed; its gauges keep the last run's figures: {Reason}")]
    private partial void LogFailed(Exception exception, string entity, string reason);
}
