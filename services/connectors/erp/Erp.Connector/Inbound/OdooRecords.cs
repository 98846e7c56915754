using System.Text.Json;
using System.Text.Json.Nodes;

namespace Erp.Connector.Inbound;

/// <summary>Reading search_read rows: Odoo sends false for empty fields and [id, display_name] for many2one.</summary>
public static class OdooRecords
{
    public static string? Text(JsonNode? row, string field) =>
        row?[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static decimal Number(JsonNode? row, string field) =>
        row?[field] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<decimal>() : 0m;

    public static int ManyToOneId(JsonNode? row, string field) =>
        row?[field] is JsonArray pair ? pair[0]!.GetValue<int>() : throw new InvalidDataException($"{field} is not a many2one pair: {row?[field]?.ToJsonString()}");

    public static string ManyToOneName(JsonNode? row, string field) =>
        row?[field] is JsonArray pair ? pair[1]?.ToString() ?? string.Empty : string.Empty;

    public static StockQuantRecord Quant(JsonNode row) => new(
        row["id"]!.GetValue<int>(), ManyToOneId(row, "product_id"), ManyToOneName(row, "location_id"),
        Number(row, "quantity"), Number(row, "reserved_quantity"), Text(row, "write_date") ?? throw new InvalidDataException("stock.quant without write_date"));

    public static SaleOrderRecord Order(JsonNode row) => new(
        row["id"]!.GetValue<int>(), Text(row, "name") ?? string.Empty, Text(row, "client_order_ref"), Text(row, "origin"),
        Text(row, "state") ?? "draft", Text(row, "write_date") ?? throw new InvalidDataException("sale.order without write_date"));
}
