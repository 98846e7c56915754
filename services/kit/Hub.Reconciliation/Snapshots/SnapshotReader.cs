using System.Globalization;
using System.Net.Http.Json;

namespace Hub.Reconciliation;

/// <summary>
/// Reads a connector's whole snapshot of one entity over HTTP (<c>GET /reconcile/{entity}</c>), page after page until
/// the connector returns no cursor. The connector reads its system; this side only follows the pages.
/// </summary>
public static class SnapshotReader
{
    /// <param name="http">A client whose BaseAddress is the connector's address.</param>
    /// <param name="entity">The entity as the route names it (<c>customers</c>).</param>
    public static async Task<SystemSnapshot> ReadAsync(HttpClient http, string entity, DateTimeOffset? since, CancellationToken cancellationToken, int pageSize = SnapshotQuery.DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(http);
        var records = new List<SnapshotRecord>();
        string? after = null;
        SnapshotPageDocument? page;
        do
        {
            page = await http.GetFromJsonAsync<SnapshotPageDocument>(Uri(entity, since, after, pageSize), SnapshotPageDocument.Json, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{http.BaseAddress} answered {SnapshotPageDocument.Route(entity)} with an empty body.");
            records.AddRange(page.Records);
            if (page.Next is not null && page.Next == after)
            {
                throw new InvalidOperationException($"{http.BaseAddress} returned the cursor '{after}' twice; its snapshot does not advance.");
            }

            after = page.Next;
        }
        while (after is not null);

        return new SystemSnapshot(page.System, page.EntityType, page.Fields, records);
    }

    private static string Uri(string entity, DateTimeOffset? since, string? after, int pageSize)
    {
        var query = new List<string> { $"limit={pageSize.ToString(CultureInfo.InvariantCulture)}" };
        if (since is { } s)
        {
            query.Add($"since={System.Uri.EscapeDataString(s.ToString("O", CultureInfo.InvariantCulture))}");
        }

        if (after is not null)
        {
            query.Add($"after={System.Uri.EscapeDataString(after)}");
        }

        return $"{SnapshotPageDocument.Route(entity).TrimStart('/')}?{string.Join('&', query)}";
    }
}
