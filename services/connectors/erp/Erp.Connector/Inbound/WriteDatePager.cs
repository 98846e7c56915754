using System.Text.Json.Nodes;
using Erp.Connector.Odoo;

namespace Erp.Connector.Inbound;

/// <summary>
/// One delta page of an Odoo model in (write_date to the second, id) order, the order the poller's keyset needs.
/// Odoo keeps write_date with microseconds but answers it to the second, and sorts by the microseconds: "write_date =
/// shown second" matches nothing and "&gt; shown second" matches the whole second again, so a transaction that wrote
/// more rows than a page would be read over and over. Here each second is a bucket: a bucket cut by the page limit
/// is read by id (<c>second &lt;= write_date &lt; second + 1</c>, <c>id &gt; last</c>), and the next page goes on
/// from that bucket's rest, then from the next second on. Up to three search_read calls a page.
/// </summary>
public static class WriteDatePager
{
    public const string TimeOrder = "write_date asc, id asc";
    public const string IdOrder = "id asc";

    /// <summary>search_read of the feed's model and fields with this domain, order and limit.</summary>
    public delegate Task<JsonArray> SearchRead(JsonArray domain, string order, int limit);

    /// <param name="since">Rows changed at or after this second (the watermark minus the overlap); null for all.</param>
    /// <param name="after">The last row of the previous page: its shown write_date and id.</param>
    public static async Task<IReadOnlyList<JsonNode>> ReadAsync(SearchRead searchRead, DateTimeOffset? since, (string WriteDate, int Id)? after, int limit)
    {
        ArgumentNullException.ThrowIfNull(searchRead);
        var page = new List<JsonNode>();
        var from = since;
        if (after is { } last)
        {
            var second = OdooDateTime.Parse(last.WriteDate);
            page.AddRange(Rows(await searchRead(Bucket(second, last.Id), IdOrder, limit)));
            if (page.Count == limit)
            {
                return page;
            }

            from = second.AddSeconds(1);
        }

        var rest = limit - page.Count;
        var later = Rows(await searchRead(from is { } f ? [new JsonArray("write_date", ">=", OdooDateTime.ToText(f))] : [], TimeOrder, rest));
        if (later.Count < rest)
        {
            page.AddRange(BySecondThenId(later));
            return page;
        }

        // The limit may have cut the last second's rows anywhere in their microsecond order: read that second by id.
        var cut = SecondOf(later[^1]);
        var whole = later.Where(r => SecondOf(r) < cut).ToList();
        page.AddRange(BySecondThenId(whole));
        page.AddRange(Rows(await searchRead(Bucket(cut, afterId: null), IdOrder, rest - whole.Count)));
        return page;
    }

    /// <summary>The rows shown with this second, above an id when given.</summary>
    private static JsonArray Bucket(DateTimeOffset second, int? afterId)
    {
        var domain = new JsonArray(
            new JsonArray("write_date", ">=", OdooDateTime.ToText(second)),
            new JsonArray("write_date", "<", OdooDateTime.ToText(second.AddSeconds(1))));
        if (afterId is { } id)
        {
            domain.Add(new JsonArray("id", ">", id));
        }

        return domain;
    }

    private static List<JsonNode> Rows(JsonArray rows) => [.. rows.Select(r => r!)];

    private static IEnumerable<JsonNode> BySecondThenId(IEnumerable<JsonNode> rows) =>
        rows.OrderBy(SecondOf).ThenBy(r => r["id"]!.GetValue<int>());

    private static DateTimeOffset SecondOf(JsonNode row) =>
        OdooDateTime.Parse(OdooRecords.Text(row, "write_date") ?? throw new InvalidDataException($"row {row["id"]} without write_date"));
}
