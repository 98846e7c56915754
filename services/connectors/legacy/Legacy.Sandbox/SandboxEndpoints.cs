using Legacy.Sandbox.Exports;
using Legacy.Sandbox.Imports;

namespace Legacy.Sandbox;

/// <summary>/_sandbox/legacy/...: make the legacy system export files, and see what it imported.</summary>
public static class SandboxEndpoints
{
    public static IEndpointRouteBuilder MapLegacySandbox(this IEndpointRouteBuilder endpoints)
    {
        var legacy = endpoints.MapGroup("/_sandbox/legacy");
        legacy.MapPost("/exports", (ExportRequest request, ExportWriter writer) => Accepted(() => writer.Start(request)));
        legacy.MapPost("/exports/customers", (CustomerExportRequest request, ExportWriter writer) => Accepted(() => writer.StartCustomers(request)));
        legacy.MapPost("/exports/stock", (StockExportRequest request, ExportWriter writer) => Accepted(() => writer.StartStock(request)));
        legacy.MapGet("/exports", (ExportWriter writer) => Results.Ok(writer.Exports));
        legacy.MapGet("/imports", (ImportLog log) => Results.Ok(log.Snapshot()));
        legacy.MapDelete("/imports", (ImportLog log) =>
        {
            log.Clear();
            return Results.NoContent();
        });
        return endpoints;
    }

    private static IResult Accepted(Func<ExportRecord> start)
    {
        try
        {
            var record = start();
            return Results.Accepted($"/_sandbox/legacy/exports", record);
        }
        catch (ArgumentException ex)
        {
            return Results.BadRequest(new { error = ex.Message });
        }
    }
}
