using System.Text.Json;
using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Messaging.Errors;

namespace Erp.Connector.Outbound;

/// <summary>
/// The mapped partner record as res.partner values: the country code and category name become the ERP's record
/// ids (country_id, category_id), "true"/"false" become booleans, and ref carries the canonical id.
/// </summary>
public static class PartnerValues
{
    public static async Task<JsonObject> BuildAsync(
        IReadOnlyDictionary<string, object?> mapped, string canonicalId, OdooClient client, ErpReferenceData reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        var values = new JsonObject { ["ref"] = canonicalId };
        foreach (var (field, value) in mapped)
        {
            switch (field)
            {
                case "country_code" when value is string code:
                    values["country_id"] = await reference.CountryIdAsync(client, code, cancellationToken)
                        ?? throw new PermanentEventException("erp-unknown-country", $"The ERP has no country with code {code}.");
                    break;
                case "category" when value is string name:
                    var category = await reference.CategoryIdAsync(client, name, cancellationToken)
                        ?? throw new PermanentEventException("erp-unknown-category", $"The ERP has no partner category named {name}.");
                    values["category_id"] = new JsonArray(new JsonArray(6, 0, new JsonArray(category)));
                    break;
                case "active":
                    values["active"] = !string.Equals(value?.ToString(), "false", StringComparison.OrdinalIgnoreCase);
                    break;
                case "country_code" or "category":
                    break;
                default:
                    // Odoo clears a field written as false; absent canonical values leave the ERP's value alone.
                    if (value is not null)
                    {
                        values[field] = JsonSerializer.SerializeToNode(value);
                    }

                    break;
            }
        }

        return values;
    }

    /// <summary>The res.partner field a mapping target is written to (codes and names become record references).</summary>
    public static string OdooField(string target) => target switch
    {
        "country_code" => "country_id",
        "category" => "category_id",
        _ => target,
    };

    /// <summary>The values of the given mapping targets, and ref (the partner's key).</summary>
    public static JsonObject Select(JsonObject values, IReadOnlySet<string> targets)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(targets);
        var fields = targets.Select(OdooField).Append("ref").ToHashSet(StringComparer.Ordinal);
        var selected = new JsonObject();
        foreach (var (field, value) in values)
        {
            if (fields.Contains(field))
            {
                selected[field] = value?.DeepClone();
            }
        }

        return selected;
    }
}
