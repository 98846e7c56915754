using System.Globalization;
using System.Text.Json.Nodes;

namespace Erp.Connector.UnitTests;

/// <summary>
/// Rows with write_date kept to the microsecond and answered to the second, searched as Odoo on PostgreSQL searches
/// them: ANDed leaves on write_date (compared as timestamps) and id, ordered by write_date (microseconds) then id or
/// by id. Only the leaves the delta pager sends; anything else fails the test.
/// </summary>
public sealed class FakeOdooTable
{
    private readonly List<(int Id, DateTime WriteDate)> _rows = [];

    public int Calls { get; private set; }

    public FakeOdooTable Write(int id, DateTime writeDate)
    {
        _rows.RemoveAll(r => r.Id == id);
        _rows.Add((id, writeDate));
        return this;
    }

    public Task<JsonArray> SearchReadAsync(JsonArray domain, string order, int limit)
    {
        Calls++;
        var found = _rows.Where(r => domain.All(leaf => Matches(r, (JsonArray)leaf!)));
        found = order switch
        {
            "write_date asc, id asc" => found.OrderBy(r => r.WriteDate).ThenBy(r => r.Id),
            "id asc" => found.OrderBy(r => r.Id),
            _ => throw new ArgumentException($"order {order}"),
        };
        return Task.FromResult(new JsonArray([.. found.Take(limit).Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Id,
            ["write_date"] = r.WriteDate.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        })]));
    }

    private static bool Matches((int Id, DateTime WriteDate) row, JsonArray leaf)
    {
        var (field, op) = (leaf[0]!.ToString(), leaf[1]!.ToString());
        var order = field switch
        {
            "write_date" => row.WriteDate.CompareTo(DateTime.ParseExact(leaf[2]!.ToString(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            "id" => row.Id.CompareTo(leaf[2]!.GetValue<int>()),
            _ => throw new ArgumentException($"leaf {leaf.ToJsonString()}"),
        };
        return op switch
        {
            ">=" => order >= 0,
            ">" => order > 0,
            "<" => order < 0,
            "=" => order == 0,
            _ => throw new ArgumentException($"leaf {leaf.ToJsonString()}"),
        };
    }
}
