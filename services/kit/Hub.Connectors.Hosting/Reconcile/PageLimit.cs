using System.Globalization;
using Hub.Reconciliation;
using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Hosting;

/// <summary>The <c>?limit=</c> of the kit's paged read-only endpoints (snapshots, quality): 1 to <see cref="SnapshotQuery.MaxLimit"/>, default <see cref="SnapshotQuery.DefaultLimit"/>.</summary>
public static class PageLimit
{
    /// <returns>Null and the limit, or the 400 to answer.</returns>
    public static IResult? TryRead(IQueryCollection query, out int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        limit = SnapshotQuery.DefaultLimit;
        return query["limit"].ToString() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > SnapshotQuery.MaxLimit)
            ? Results.BadRequest(new { error = $"limit: '{text}' is not a number from 1 to {SnapshotQuery.MaxLimit}" })
            : null;
    }
}
