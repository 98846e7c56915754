using Erp.Sandbox.Rpc;
using Erp.Sandbox.Store;

namespace Erp.Sandbox.Admin;

/// <summary>
/// /_sandbox/erp: make business happen in the ERP (stock levels, order states and deletions, products) and inspect what the
/// connector wrote (partners, orders, the write log). Never faulted (the kit's control prefix).
/// </summary>
public static class AdminEndpoints
{
    public const string Prefix = "/_sandbox/erp";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup(Prefix);
        admin.MapPut("/stock", (StockChange change, OdooDatabase db) =>
            Results.Ok(db.SetStock(change.Sku, change.Location ?? "WH/Stock", change.Quantity, change.Reserved ?? 0)));
        admin.MapPut("/orders/{id:int}/state", (int id, StateChange change, OdooDatabase db) => Apply(() => db.SetOrderState(id, change.State)));
        admin.MapPut("/orders/by-ref/{clientOrderRef}/state", (string clientOrderRef, StateChange change, OdooDatabase db) =>
            db.FindOrderByClientRef(clientOrderRef) is { } id ? Apply(() => db.SetOrderState(id, change.State)) : Results.NotFound());
        admin.MapDelete("/orders/{id:int}", (int id, OdooDatabase db) =>
        {
            try
            {
                return db.DeleteOrder(id) ? Results.NoContent() : Results.NotFound();
            }
            catch (OdooFaultException ex)
            {
                return Results.Conflict(new { error = ex.Message });
            }
        });
        admin.MapPost("/products", (NewProduct product, OdooDatabase db) => Results.Ok(new { id = db.AddProduct(product.Sku, product.Name) }));
        admin.MapGet("/partners", (OdooDatabase db) => Results.Content(db.All("res.partner").ToJsonString(), "application/json"));
        admin.MapGet("/orders", (OdooDatabase db) => Results.Content(db.All("sale.order").ToJsonString(), "application/json"));
        admin.MapGet("/order-lines", (OdooDatabase db) => Results.Content(db.All("sale.order.line").ToJsonString(), "application/json"));
        admin.MapGet("/quants", (OdooDatabase db) => Results.Content(db.All("stock.quant").ToJsonString(), "application/json"));
        admin.MapGet("/writes", (OdooDatabase db) => Results.Ok(db.Writes().Select(w => new { w.At, w.Model, w.Method, w.Ids, Values = w.Values.ToJsonString() })));
        return endpoints;
    }

    private static IResult Apply(Func<object> change)
    {
        try
        {
            return Results.Ok(change());
        }
        catch (OdooFaultException fault)
        {
            return Results.BadRequest(new { error = fault.Name, message = fault.Message });
        }
    }

    public sealed record StockChange(string Sku, string? Location, double Quantity, double? Reserved);

    public sealed record StateChange(string State);

    public sealed record NewProduct(string Sku, string Name);
}
