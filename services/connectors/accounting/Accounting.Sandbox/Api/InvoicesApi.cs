using Accounting.Sandbox.Ledger;
using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Api;

/// <summary>/Invoices: GET (where InvoiceNumber/Reference), GET by InvoiceID or InvoiceNumber, PUT and POST create.</summary>
public static class InvoicesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/Invoices", (string? where, int? page, AccountingLedger ledger, TimeProvider time) =>
        {
            Func<Invoice, bool> filter = WhereClause.Parse(where) switch
            {
                null => _ => true,
                ("InvoiceNumber", var v) => i => i.InvoiceNumber == v,
                ("Reference", var v) => i => i.Reference == v,
                _ => _ => false,
            };
            // Xero pages of 100 (page=1, 2, ...) in a stable order, as for contacts; without page, every invoice.
            return ledger.Read(() => XeroResponses.Ok("Invoices", ContactsApi.Page(ledger.Invoices(filter), page), time.GetUtcNow())).ToResult();
        });
        api.MapGet("/Invoices/{id}", (string id, AccountingLedger ledger, TimeProvider time) =>
            ledger.Read(() =>
            {
                var found = ledger.Invoices(i => Guid.TryParse(id, out var g) ? i.InvoiceID == g : i.InvoiceNumber == id);
                return found.Count == 0 ? XeroResponses.NotFound() : XeroResponses.Ok("Invoices", found, time.GetUtcNow()).ToResult();
            }));
        api.MapPut("/Invoices", Create);
        api.MapPost("/Invoices", Create);
    }

    /// <summary>
    /// unitdp=4 keeps unit amounts to four decimal places, as in Xero; otherwise two. summarizeErrors=false answers
    /// per invoice (see <see cref="XeroResponses.Batch"/>).
    /// </summary>
    private static async Task<IResult> Create(HttpRequest request, int? unitdp, bool? summarizeErrors, AccountingLedger ledger, TimeProvider time)
    {
        var (body, refusal) = await RequestBody.ReadAsync<InvoicesRequest>(request);
        if (refusal is not null)
        {
            return refusal.ToResult();
        }

        var unitDecimals = unitdp == 4 ? 4 : 2;
        var summarize = summarizeErrors ?? true;
        return ledger.Write(RequestBody.IdempotencyKey(request), key =>
        {
            var results = ledger.CreateInvoices(body!.Invoices ?? [], unitDecimals, key, allOrNothing: summarize);
            return XeroResponses.Batch("Invoices", "HasErrors", results, summarize, time.GetUtcNow());
        }).ToResult();
    }
}
