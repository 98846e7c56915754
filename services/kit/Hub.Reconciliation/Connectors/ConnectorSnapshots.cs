using System.Text.Json;

namespace Hub.Reconciliation;

/// <summary>
/// Reads every connector's snapshot of one entity over HTTP (<see cref="SnapshotReader"/>), one connector after the
/// other: each reads its own system at its own rate limit. A connector that does not answer within the timeout, answers
/// with an error or answers as another system ends the read with a <see cref="ConnectorSnapshotException"/>: a
/// comparison without it would report its records as missing.
/// </summary>
public static class ConnectorSnapshots
{
    /// <param name="read">Called after each connector's snapshot is read (system, records, address), e.g. for progress lines.</param>
    public static async Task<IReadOnlyList<SystemSnapshot>> ReadAllAsync(
        IReadOnlyDictionary<string, Uri> connectors, string entity, TimeSpan timeout, Action<string, int, Uri>? read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectors);
        var snapshots = new List<SystemSnapshot>();
        foreach (var (system, address) in connectors)
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = timeout };
            SystemSnapshot snapshot;
            try
            {
                snapshot = await SnapshotReader.ReadAsync(http, entity, since: null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                throw new ConnectorSnapshotException($"The {system} connector at {address} did not give its {entity} snapshot: {ex.Message}", ex) { System = system };
            }

            if (snapshot.System != system)
            {
                throw new ConnectorSnapshotException($"The connector at {address}, given for {system}, answers as the {snapshot.System} connector.")
                {
                    System = system,
                    AnsweredAs = snapshot.System,
                };
            }

            read?.Invoke(system, snapshot.Records.Count, address);
            snapshots.Add(snapshot);
        }

        return snapshots;
    }
}
