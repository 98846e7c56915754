using System.Text.Json.Nodes;
using Erp.Sandbox.Rpc;

namespace Erp.Sandbox.Store;

/// <summary>Seed data and what the admin endpoints do: business happening inside the ERP.</summary>
public sealed partial class OdooDatabase
{
    public static readonly IReadOnlyList<string> PartnerCategories =
    [
        "Prospect", "Retail Customer", "Wholesale", "Reseller", "Distributor", "Supplier", "Key Account", "Public Sector", "Education", "Charity", "Internal", "Other",
    ];

    private static readonly (string Code, string Name)[] Countries =
    [
        ("GB", "United Kingdom"), ("DE", "Germany"), ("AT", "Austria"), ("CH", "Switzerland"), ("FR", "France"), ("NL", "Netherlands"), ("US", "United States"), ("IE", "Ireland"),
    ];

    /// <summary>Sets the stock of a product at a location (creating the quant), as an inventory adjustment would.</summary>
    public JsonObject SetStock(string sku, string location, double quantity, double reserved)
    {
        lock (_gate)
        {
            var product = Search("product.product", [new JsonArray("default_code", "=", sku)], 0, 1, null).FirstOrDefault();
            if (product == 0)
            {
                product = Create("product.product", new JsonObject { ["default_code"] = sku, ["name"] = sku });
            }

            var place = Search("stock.location", [new JsonArray("complete_name", "=", location)], 0, 1, null).FirstOrDefault();
            if (place == 0)
            {
                place = Create("stock.location", new JsonObject { ["name"] = location.Split('/')[^1], ["complete_name"] = location });
            }

            var values = new JsonObject { ["quantity"] = quantity, ["reserved_quantity"] = reserved };
            var quant = Search("stock.quant", [new JsonArray("product_id", "=", product), new JsonArray("location_id", "=", place)], 0, 1, null).FirstOrDefault();
            if (quant == 0)
            {
                values["product_id"] = product;
                values["location_id"] = place;
                quant = Create("stock.quant", values);
            }
            else
            {
                Write("stock.quant", [quant], values);
            }

            return (JsonObject)Read("stock.quant", [quant], null)[0]!;
        }
    }

    /// <summary>Moves a sale order to another state (confirm, lock, cancel), as a user in the ERP would.</summary>
    public JsonObject SetOrderState(int id, string state)
    {
        lock (_gate)
        {
            Write("sale.order", [id], new JsonObject { ["state"] = state });
            return (JsonObject)Read("sale.order", [id], null)[0]!;
        }
    }

    /// <summary>
    /// Deletes a quotation (a sale order in draft or cancelled) and its lines, as a user in the ERP would; Odoo refuses
    /// to delete a confirmed order, and so does this.
    /// </summary>
    public bool DeleteOrder(int id)
    {
        lock (_gate)
        {
            if (!_tables["sale.order"].TryGetValue(id, out var order))
            {
                return false;
            }

            if (order["state"]?.ToString() is not ("draft" or "cancel"))
            {
                throw OdooFaultException.Value("You can not delete a sent quotation or a confirmed sales order. You must first cancel it.");
            }

            var lines = _tables["sale.order.line"].Where(l => OdooValues.ToDouble(l.Value["order_id"]) == id).Select(l => l.Key).ToList();
            foreach (var line in lines)
            {
                _tables["sale.order.line"].Remove(line);
            }

            _tables["sale.order"].Remove(id);
            _writes.Add(new WriteLogEntry(_time.GetUtcNow(), "sale.order", "unlink", [id], []));
            return true;
        }
    }

    public int? FindOrderByClientRef(string clientOrderRef)
    {
        var found = Search("sale.order", [new JsonArray("client_order_ref", "=", clientOrderRef)], 0, 1, null);
        return found.Count == 0 ? null : found[0];
    }

    public int AddProduct(string sku, string name) => Create("product.product", new JsonObject { ["default_code"] = sku, ["name"] = name });

    private void Seed(ErpSandboxOptions options)
    {
        foreach (var (code, name) in Countries)
        {
            Create("res.country", new JsonObject { ["code"] = code, ["name"] = name });
        }

        foreach (var category in PartnerCategories)
        {
            Create("res.partner.category", new JsonObject { ["name"] = category });
        }

        Create("stock.location", new JsonObject { ["name"] = "Stock", ["complete_name"] = "WH/Stock" });
        foreach (var product in options.Products)
        {
            var parts = product.Split('=', 2);
            AddProduct(parts[0], parts.Length > 1 ? parts[1] : parts[0]);
        }

        // Seeding is not business the tests count.
        _writes.Clear();
    }

}
