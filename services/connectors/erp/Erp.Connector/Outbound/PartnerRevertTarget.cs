using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Identity;
using Hub.Mapping;
using Hub.Messaging.Errors;

namespace Erp.Connector.Outbound;

/// <summary>
/// res.partner records for the kit's <see cref="RevertRequestHandler"/>. The journal names a partner's fields as
/// canonical-to-erp.customer's targets (country_code, category, credit_limit, ...) with the text
/// <see cref="PartnerState.Current"/> gave, so they are read back through it: a country or category whose record id
/// is the one the platform wrote reads as the code or name the platform wrote, a number as the platform's text.
/// </summary>
public sealed class PartnerRevertTarget(OdooClient client, ErpReferenceData reference, MappingCatalog mappings) : IRevertTarget
{
    public string RecordKind => "partner";

    public async Task<IReadOnlyDictionary<string, string?>?> ReadAsync(RevertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = request.Fields.Select(f => PartnerValues.OdooField(f.Field)).Prepend("id").Distinct(StringComparer.Ordinal).ToList();
        var domain = new JsonArray(new JsonArray("id", "=", PartnerId(request)), new JsonArray("active", "in", new JsonArray(true, false)));
        var found = await client.SearchReadAsync("res.partner", domain, fields, cancellationToken, limit: 1);
        if (found.Count == 0)
        {
            return null;
        }

        // What the platform wrote, as res.partner values: references are compared with it by record id.
        var expected = request.Fields.Where(f => f.Expected is not null).ToDictionary(f => f.Field, f => f.Expected, StringComparer.Ordinal);
        var written = await PartnerValues.BuildAsync(Typed(expected), request.CanonicalId, client, reference, cancellationToken);
        return PartnerState.Current(found[0]!.AsObject(), written, request.Fields.ToDictionary(f => f.Field, f => f.Expected, StringComparer.Ordinal));
    }

    public async Task WriteAsync(
        RevertRequest request, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string?> current, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(values);
        var write = new JsonObject();
        var mapped = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (target, value) in values)
        {
            switch (target, value)
            {
                case (_, null):
                    // Odoo clears a field written as false; a many2many is emptied by replacing its ids with none.
                    write[PartnerValues.OdooField(target)] = target == "category" ? Replace([]) : (JsonNode)false;
                    break;
                case ("category", _) when CategoryIds(value) is { } ids:
                    write["category_id"] = Replace(ids);
                    break;
                case ("country_code", { Length: > 2 } name):
                    // A country the partner held before the platform's write was journaled by its name, not its code.
                    write["country_id"] = await CountryNamedAsync(name, cancellationToken)
                        ?? throw new PermanentEventException("erp-unknown-country", $"The ERP has no country named {name}.");
                    break;
                default:
                    mapped[target] = value;
                    break;
            }
        }

        var built = await PartnerValues.BuildAsync(Typed(mapped), request.CanonicalId, client, reference, cancellationToken);
        foreach (var (field, node) in PartnerValues.Select(built, mapped.Keys.ToHashSet(StringComparer.Ordinal)))
        {
            write[field] = node?.DeepClone();
        }

        await client.WriteAsync("res.partner", PartnerId(request), write, cancellationToken);
    }

    private async Task<int?> CountryNamedAsync(string name, CancellationToken cancellationToken)
    {
        var found = await client.SearchReadAsync("res.country", new JsonArray(new JsonArray("name", "=", name)), ["id"], cancellationToken, limit: 1);
        return found.Count == 0 ? null : found[0]!["id"]!.GetValue<int>();
    }

    /// <summary>Numbers the mapping formats as decimals are written as numbers, as the outbound handler writes them.</summary>
    private Dictionary<string, object?> Typed(IReadOnlyDictionary<string, string?> text)
    {
        var decimals = mappings[CustomerUpsertedHandler.MappingName].Definition.Fields
            .Where(f => f.Format is DecimalFormatRule).Select(f => f.Target).ToHashSet(StringComparer.Ordinal);
        return text.ToDictionary(
            p => p.Key,
            p => decimals.Contains(p.Key) && decimal.TryParse(p.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : (object?)p.Value,
            StringComparer.Ordinal);
    }

    /// <summary>Categories the journal could not name are recorded as their ids ("3, 5"), the form PartnerState reads them in.</summary>
    private static List<int>? CategoryIds(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ids = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).ToList();
        return ids.Count > 0 && ids.All(i => i is not null) ? ids.Select(i => i!.Value).ToList() : null;
    }

    private static JsonArray Replace(IEnumerable<int> ids) => new(new JsonArray(6, 0, new JsonArray([.. ids.Select(i => (JsonNode)i)])));

    private static int PartnerId(RevertRequest request) =>
        int.TryParse(request.RecordId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new PermanentEventException("erp-revert-record-id", $"Revert {request.RevertId}: '{request.RecordId}' is not a res.partner id.");
}
