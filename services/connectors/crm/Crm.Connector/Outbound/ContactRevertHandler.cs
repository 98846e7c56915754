using Crm.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Identity;
using Hub.Messaging;

namespace Crm.Connector.Outbound;

/// <summary>
/// Applies `hub revert` requests for CRM contacts: reads the contact, lets the kit's <see cref="RevertCheck"/> decide
/// which properties still hold what the platform wrote (those are put back), which hold the value to restore already
/// (a second run), and which a person changed since (logged as conflicts, never overwritten), then writes and
/// journals the revert's own write. Requests for other systems are not the CRM's and are skipped.
/// </summary>
public sealed partial class ContactRevertHandler(
    CrmClient crm,
    WriteJournal journal,
    EchoMarkers echoes,
    ConnectorTelemetry telemetry,
    ILogger<ContactRevertHandler> logger) : IEventHandler<RevertRequest>
{
    private const string Operation = "revert contact";

    public async Task HandleAsync(RevertRequest @event, EventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);
        if (@event.System != CrmClient.SystemName)
        {
            return;
        }

        var properties = @event.Fields.Select(f => f.Field).Append("email").Distinct(StringComparer.Ordinal).ToList();
        var contact = await crm.FindContactAsync(@event.RecordId, byEmail: false, properties, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            LogGone(@event.RevertId, @event.RecordId);
            telemetry.Outbound(Operation, "skipped");
            return;
        }

        var outcome = RevertCheck.Decide(@event, contact.Properties);
        foreach (var conflict in outcome.Conflicts)
        {
            LogConflict(@event.RevertId, @event.RecordId, conflict.Field, conflict.Current, conflict.PlatformWrote, conflict.WouldRestore);
        }

        if (outcome.Write.Count == 0)
        {
            if (outcome.AlreadyRestored.Count > 0)
            {
                LogAlreadyRestored(@event.RevertId, @event.RecordId);
            }

            telemetry.Outbound(Operation, "skipped");
            return;
        }

        // HubSpot clears a property given "", not null.
        var write = outcome.Write.ToDictionary(p => p.Key, p => (string?)(p.Value ?? ""), StringComparer.Ordinal);
        if (contact.Properties.GetValueOrDefault("email") is { } email)
        {
            await echoes.RememberAsync(email, write.Append(new("email", email)).DistinctBy(p => p.Key).ToDictionary()).ConfigureAwait(false);
        }

        await crm.UpdateContactAsync(contact.Id, write, context.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        await journal.RecordRevertAsync(@event, outcome, contact.Properties, cancellationToken).ConfigureAwait(false);
        LogReverted(@event.RevertId, @event.RecordId, string.Join(", ", write.Keys));
        telemetry.Outbound(Operation, "written");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Revert {RevertId}: contact {ContactId} put back {Properties}")]
    private partial void LogReverted(string revertId, string contactId, string properties);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revert {RevertId}: contact {ContactId} {Property} not put back, a person changed it since: it holds '{Current}', the platform wrote '{PlatformWrote}', the revert would restore '{WouldRestore}'")]
    private partial void LogConflict(string revertId, string contactId, string property, string? current, string? platformWrote, string? wouldRestore);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revert {RevertId}: contact {ContactId} already holds the values to put back")]
    private partial void LogAlreadyRestored(string revertId, string contactId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revert {RevertId}: contact {ContactId} no longer exists; nothing put back")]
    private partial void LogGone(string revertId, string contactId);
}
