using System.Globalization;

namespace Hub.Reconciliation;

/// <summary>
/// Reads a connector's whole snapshot of one entity over HTTP (<c>GET /reconcile/{entity}</c>), page after page until
/// the connector returns no cursor (<see cref="ConnectorPages"/>). The connector reads its system; this side only follows the pages.
/// </summary>
public static class SnapshotReader
{
    /// <param name="http">A client whose BaseAddress is the connector's address.</param>
    /// <param name="entity">The entity as the route names it (<c>customers</c>).</param>
    public static async Task<SystemSnapshot> ReadAsync(HttpClient http, string entity, DateTimeOffset? since, CancellationToken cancellationToken, int pageSize = SnapshotQuery.DefaultLimit)
    {
        var query = since is { } s ? new[] { $"since={Uri.EscapeDataString(s.ToString("O", CultureInfo.InvariantCulture))}" } : [];
        var pages = await ConnectorPages.ReadAllAsync<SnapshotPageDocument>(
            http, SnapshotPageDocument.Route(entity), query, pageSize, p => p.Next, SnapshotPageDocument.Json, cancellationToken).ConfigureAwait(false);
        var last = pages[^1];
        return new SystemSnapshot(last.System, last.EntityType, last.Fields, [.. pages.SelectMany(p => p.Records)]);
    }
}
