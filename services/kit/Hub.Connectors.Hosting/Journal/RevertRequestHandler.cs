using Hub.Identity;
using Hub.Messaging;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Applies `hub revert` requests for the connector's system through its <see cref="IRevertTarget"/>: reads the record,
/// lets <see cref="RevertCheck"/> decide which fields still hold what the platform wrote (those are put back), which
/// hold the value to restore already (a second run), and which someone changed since (submitted to the
/// <see cref="ResolutionQueue"/> for a person, never overwritten), then writes and journals the revert's own write
/// (<see cref="WriteJournal.RecordRevertAsync"/>). Requests for other systems than the connector's own
/// (Connector:SourceSystem, the system its journal entries name) are skipped. Registered by
/// <c>.Reverts&lt;TTarget&gt;()</c>.
/// </summary>
public sealed partial class RevertRequestHandler(
    IRevertTarget target,
    EnvelopeFactory envelopes,
    WriteJournal journal,
    ResolutionQueue resolutions,
    ConnectorTelemetry telemetry,
    TimeProvider time,
    ILogger<RevertRequestHandler> logger) : IEventHandler<RevertRequest>
{
    public async Task HandleAsync(RevertRequest @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);
        if (@event.System != envelopes.SourceSystem)
        {
            return;
        }

        var operation = $"revert {target.RecordKind}";
        var current = await target.ReadAsync(@event, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            LogGone(@event.RevertId, target.RecordKind, @event.RecordId);
            telemetry.Outbound(operation, "skipped");
            return;
        }

        var outcome = RevertCheck.Decide(@event, current);
        foreach (var conflict in outcome.Conflicts)
        {
            LogConflict(@event.RevertId, target.RecordKind, @event.RecordId, conflict.Field, conflict.Current, conflict.PlatformWrote, conflict.WouldRestore);
            var record = RevertConflicts.Record(@event, conflict, time);
            await resolutions.SubmitAsync(record, cancellationToken).ConfigureAwait(false);
            LogQueued(@event.RevertId, target.RecordKind, @event.RecordId, conflict.Field, record.ConflictId);
        }

        if (outcome.Write.Count == 0)
        {
            if (outcome.AlreadyRestored.Count > 0)
            {
                LogAlreadyRestored(@event.RevertId, target.RecordKind, @event.RecordId);
            }

            telemetry.Outbound(operation, "skipped");
            return;
        }

        await target.WriteAsync(@event, outcome.Write, current, context.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        await journal.RecordRevertAsync(@event, outcome, current, cancellationToken).ConfigureAwait(false);
        LogReverted(@event.RevertId, target.RecordKind, @event.RecordId, string.Join(", ", outcome.Write.Keys));
        telemetry.Outbound(operation, "written");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Revert {RevertId}: {RecordKind} {RecordId} put back {Fields}")]
    private partial void LogReverted(string revertId, string recordKind, string recordId, string fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revert {RevertId}: {RecordKind} {RecordId} {Field} not put back, a person changed it since: it holds '{Current}', the platform wrote '{PlatformWrote}', the revert would restore '{WouldRestore}'")]
    private partial void LogConflict(string revertId, string recordKind, string recordId, string field, string? current, string? platformWrote, string? wouldRestore);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revert {RevertId}: {RecordKind} {RecordId} {Field} queued for a person as conflict {ConflictId}")]
    private partial void LogQueued(string revertId, string recordKind, string recordId, string field, string conflictId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revert {RevertId}: {RecordKind} {RecordId} already holds the values to put back")]
    private partial void LogAlreadyRestored(string revertId, string recordKind, string recordId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revert {RevertId}: {RecordKind} {RecordId} no longer exists; nothing put back")]
    private partial void LogGone(string revertId, string recordKind, string recordId);
}
