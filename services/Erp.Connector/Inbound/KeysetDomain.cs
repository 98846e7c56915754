using System.Text.Json.Nodes;
using Erp.Connector.Odoo;

namespace Erp.Connector.Inbound;

/// <summary>
/// The search domain and order of one delta page: write_date &gt;= since, and strictly after the last record read
/// in (write_date, id) order, written in Odoo's Polish notation: '|', later, '&amp;', same time, higher id.
/// </summary>
public static class KeysetDomain
{
    public const string Order = "write_date asc, id asc";

    public static JsonArray For(DateTimeOffset? since, (string WriteDate, int Id)? after)
    {
        var domain = new JsonArray();
        if (since is { } from)
        {
            domain.Add(new JsonArray("write_date", ">=", OdooDateTime.ToText(from)));
        }

        if (after is { } last)
        {
            domain.Add("|");
            domain.Add(new JsonArray("write_date", ">", last.WriteDate));
            domain.Add("&");
            domain.Add(new JsonArray("write_date", "=", last.WriteDate));
            domain.Add(new JsonArray("id", ">", last.Id));
        }

        return domain;
    }
}
