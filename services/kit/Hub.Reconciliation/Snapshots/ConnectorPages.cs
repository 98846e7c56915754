using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Reconciliation;

/// <summary>
/// Follows a connector's paged read-only endpoint (<c>?limit=&amp;after=</c>) until it returns no cursor: the one page
/// loop of `hub reconcile` (snapshots) and `hub quality` (profiles). The connector reads its system at its own rate
/// limit; this side only asks for the next page.
/// </summary>
public static class ConnectorPages
{
    /// <param name="http">A client whose BaseAddress is the connector's address.</param>
    /// <param name="route">The endpoint, e.g. <c>/reconcile/customers</c>.</param>
    /// <param name="query">Further query parameters, already escaped (<c>since=...</c>).</param>
    /// <param name="next">The cursor a page names for the one after it; null on the last.</param>
    public static async Task<IReadOnlyList<TPage>> ReadAllAsync<TPage>(
        HttpClient http, string route, IReadOnlyList<string> query, int pageSize, Func<TPage, string?> next, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        var pages = new List<TPage>();
        string? after = null;
        do
        {
            var page = await http.GetFromJsonAsync<TPage>(Uri(route, query, after, pageSize), json, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{http.BaseAddress} answered {route} with an empty body.");
            pages.Add(page);
            var cursor = next(page);
            if (cursor is not null && cursor == after)
            {
                throw new InvalidOperationException($"{http.BaseAddress} returned the cursor '{after}' twice; its {route} does not advance.");
            }

            after = cursor;
        }
        while (after is not null);

        return pages;
    }

    private static string Uri(string route, IReadOnlyList<string> query, string? after, int pageSize)
    {
        var parameters = new List<string> { $"limit={pageSize.ToString(CultureInfo.InvariantCulture)}" };
        parameters.AddRange(query);
        if (after is not null)
        {
            parameters.Add($"after={System.Uri.EscapeDataString(after)}");
        }

        return $"{route.TrimStart('/')}?{string.Join('&', parameters)}";
    }
}
