using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Erp.Connector.Reconcile;

/// <summary>
/// A res.partner as a canonical customer record, for the fields the ERP keeps as the canonical model has them (the
/// inverse of canonical-to-erp.customer where it is one to one): e-mail, phone, VAT id, credit limit amount and the
/// billing address lines. Names (one display name), the language, the category and the country (record references)
/// are not reported: they are not comparable field by field. Odoo's <c>false</c> for an empty field is no value, and
/// a credit limit of 0 is none set (Odoo's default for every partner).
/// </summary>
public static class PartnerCanonicalRecord
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "email", "phone", "vatId", "creditLimit.amount",
        "billingAddress.line1", "billingAddress.line2", "billingAddress.postalCode", "billingAddress.city",
    ];

    /// <summary>The res.partner fields the snapshot reads.</summary>
    public static readonly IReadOnlyList<string> OdooFields =
        ["id", "ref", "email", "phone", "vat", "credit_limit", "street", "street2", "zip", "city", "write_date"];

    public static Dictionary<string, object?> From(JsonObject partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["email"] = Text(partner["email"]),
            ["phone"] = Text(partner["phone"]),
            ["vatId"] = Text(partner["vat"]),
            ["creditLimit"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["amount"] = Amount(partner["credit_limit"]) },
            ["billingAddress"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["line1"] = Text(partner["street"]),
                ["line2"] = Text(partner["street2"]),
                ["postalCode"] = Text(partner["zip"]),
                ["city"] = Text(partner["city"]),
            },
        };
    }

    /// <summary>A char field's text; null for Odoo's false, null or blank.</summary>
    public static string? Text(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static decimal? Amount(JsonNode? value)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        var amount = v.TryGetValue<decimal>(out var exact) ? exact : (decimal)v.GetValue<double>();
        return amount == 0 ? null : amount;
    }
}
