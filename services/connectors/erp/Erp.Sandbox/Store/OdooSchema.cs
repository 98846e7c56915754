namespace Erp.Sandbox.Store;

/// <summary>The models the sandbox serves, with the fields of Odoo 17 the connector reads or writes.</summary>
public static class OdooSchema
{
    public static readonly IReadOnlyList<string> Languages = ["en_GB", "en_US", "de_DE", "de_AT", "de_CH", "fr_FR", "nl_NL"];

    public static readonly IReadOnlyList<string> OrderStates = ["draft", "sent", "sale", "done", "cancel"];

    public static IReadOnlyList<ModelDef> Models { get; } =
    [
        new("res.country", [new("name", FieldKind.Char, Required: true), new("code", FieldKind.Char)], (r, _) => Str(r, "name")),
        new("res.partner.category", [new("name", FieldKind.Char, Required: true), new("active", FieldKind.Boolean) { Default = true }], (r, _) => Str(r, "name")),
        new(
            "res.partner",
            [
                new("name", FieldKind.Char, Required: true), new("ref", FieldKind.Char), new("email", FieldKind.Char), new("phone", FieldKind.Char),
                new("street", FieldKind.Char), new("street2", FieldKind.Char), new("zip", FieldKind.Char), new("city", FieldKind.Char),
                new("country_id", FieldKind.Many2One, "res.country"), new("vat", FieldKind.Char),
                new("lang", FieldKind.Selection, Selection: Languages) { Default = "en_US" },
                new("category_id", FieldKind.Many2Many, "res.partner.category"), new("credit_limit", FieldKind.Float) { Default = 0.0 },
                new("active", FieldKind.Boolean) { Default = true },
                new("company_type", FieldKind.Selection, Selection: ["person", "company"]) { Default = "person" },
                new("is_company", FieldKind.Boolean) { Default = false }, new("customer_rank", FieldKind.Integer) { Default = 0 },
            ],
            (r, _) => Str(r, "name")),
        new("product.product", [new("name", FieldKind.Char, Required: true), new("default_code", FieldKind.Char), new("active", FieldKind.Boolean) { Default = true }],
            (r, _) => r["default_code"] is null ? Str(r, "name") : $"[{Str(r, "default_code")}] {Str(r, "name")}"),
        new("stock.location", [new("name", FieldKind.Char, Required: true), new("complete_name", FieldKind.Char)], (r, _) => Str(r, "complete_name")),
        new(
            "stock.quant",
            [
                new("product_id", FieldKind.Many2One, "product.product", Required: true), new("location_id", FieldKind.Many2One, "stock.location", Required: true),
                new("quantity", FieldKind.Float) { Default = 0.0 }, new("reserved_quantity", FieldKind.Float) { Default = 0.0 },
            ],
            (r, db) => $"{db.DisplayNameOf("stock.location", r["location_id"])} - {db.DisplayNameOf("product.product", r["product_id"])}"),
        new(
            "sale.order",
            [
                new("name", FieldKind.Char), new("partner_id", FieldKind.Many2One, "res.partner", Required: true), new("client_order_ref", FieldKind.Char),
                new("origin", FieldKind.Char), new("state", FieldKind.Selection, Selection: OrderStates) { Default = "draft" },
                new("order_line", FieldKind.One2Many, "sale.order.line") { InverseName = "order_id" }, new("amount_total", FieldKind.Float) { Default = 0.0 },
            ],
            (r, _) => Str(r, "name")),
        new(
            "sale.order.line",
            [
                new("order_id", FieldKind.Many2One, "sale.order", Required: true), new("product_id", FieldKind.Many2One, "product.product", Required: true),
                new("name", FieldKind.Char), new("product_uom_qty", FieldKind.Float) { Default = 1.0 }, new("price_unit", FieldKind.Float) { Default = 0.0 },
            ],
            (r, _) => Str(r, "name")),
    ];

    private static string Str(System.Text.Json.Nodes.JsonObject record, string field) => record[field]?.ToString() ?? string.Empty;
}
