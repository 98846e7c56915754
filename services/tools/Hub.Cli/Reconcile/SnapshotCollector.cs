using System.Text.Json;
using Hub.Cli.Infrastructure;
using Hub.Reconciliation;

namespace Hub.Cli.Reconcile;

/// <summary>
/// Reads every connector's snapshot of one entity over HTTP (<see cref="SnapshotReader"/>), one connector after the
/// other: each reads its own system at its own rate limit. A connector that does not answer within --timeout, or
/// answers with an error, ends the command with exit code 3 naming it: a comparison without it would report its
/// records as missing.
/// </summary>
public static class SnapshotCollector
{
    public static async Task<IReadOnlyList<SystemSnapshot>> ReadAsync(
        IReadOnlyDictionary<string, Uri> connectors, string entity, TimeSpan timeout, TextWriter progress, CancellationToken cancellationToken)
    {
        var snapshots = new List<SystemSnapshot>();
        foreach (var (system, address) in connectors)
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = timeout };
            SystemSnapshot snapshot;
            try
            {
                snapshot = await SnapshotReader.ReadAsync(http, entity, since: null, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                throw CliException.Unreachable($"The {system} connector at {address} did not give its {entity} snapshot: {ex.Message}", ex);
            }

            if (snapshot.System != system)
            {
                throw CliException.BadInput($"--connector {system}={address} answers as the {snapshot.System} connector.");
            }

            progress.WriteLine($"{system}: {snapshot.Records.Count} record(s) from {address}");
            snapshots.Add(snapshot);
        }

        return snapshots;
    }
}
