using Hub.Cli.Infrastructure;
using Hub.Reconciliation;

namespace Hub.Cli.Reconcile;

/// <summary>
/// Reads every connector's snapshot (<see cref="ConnectorSnapshots"/>) with a progress line each; a connector that
/// does not give it ends the command with exit code 3 naming it, one that answers as another system with exit code 2.
/// </summary>
public static class SnapshotCollector
{
    public static async Task<IReadOnlyList<SystemSnapshot>> ReadAsync(
        IReadOnlyDictionary<string, Uri> connectors, string entity, TimeSpan timeout, TextWriter progress, CancellationToken cancellationToken)
    {
        try
        {
            return await ConnectorSnapshots.ReadAllAsync(
                connectors, entity, timeout, (system, records, address) => progress.WriteLine($"{system}: {records} record(s) from {address}"), cancellationToken);
        }
        catch (ConnectorSnapshotException ex) when (ex.AnsweredAs is not null)
        {
            throw CliException.BadInput($"--connector {ex.System}={connectors[ex.System]} answers as the {ex.AnsweredAs} connector.");
        }
        catch (ConnectorSnapshotException ex)
        {
            throw CliException.Unreachable(ex.Message, ex);
        }
    }
}
