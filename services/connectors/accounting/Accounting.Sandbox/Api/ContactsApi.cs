using Accounting.Sandbox.Ledger;
using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Api;

/// <summary>/Contacts: GET (where ContactNumber/Name/EmailAddress, page of 100), GET by ContactID or ContactNumber, PUT and POST create-or-update.</summary>
public static class ContactsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/Contacts", (string? where, int? page, AccountingLedger ledger, TimeProvider time) =>
        {
            var clause = WhereClause.Parse(where);
            Func<Contact, bool> filter = clause switch
            {
                null => _ => true,
                ("ContactNumber", var v) => c => c.ContactNumber == v,
                ("Name", var v) => c => string.Equals(c.Name, v, StringComparison.OrdinalIgnoreCase),
                ("EmailAddress", var v) => c => string.Equals(c.EmailAddress, v, StringComparison.OrdinalIgnoreCase),
                _ => _ => false,
            };
            // Xero pages of 100 (page=1, 2, ...) in a stable order; without page, every contact.
            return ledger.Read(() => XeroResponses.Ok("Contacts", Page(ledger.Contacts(filter), page), time.GetUtcNow())).ToResult();
        });
        api.MapGet("/Contacts/{id}", (string id, AccountingLedger ledger, TimeProvider time) =>
            ledger.Read(() =>
            {
                var found = ledger.Contacts(c => Guid.TryParse(id, out var g) ? c.ContactID == g : c.ContactNumber == id);
                return found.Count == 0 ? XeroResponses.NotFound() : XeroResponses.Ok("Contacts", found, time.GetUtcNow()).ToResult();
            }));
        api.MapPost("/Contacts", Upsert);
        api.MapPut("/Contacts", Upsert);
    }

    public const int PageSize = 100;

    /// <summary>Xero's paging of lists (contacts, invoices): page n of <see cref="PageSize"/>; without a page, the whole list.</summary>
    public static IEnumerable<T> Page<T>(IReadOnlyList<T> items, int? page) =>
        page is not { } n ? items : items.Skip((Math.Max(n, 1) - 1) * PageSize).Take(PageSize);

    /// <summary>summarizeErrors=false answers per contact (see <see cref="XeroResponses.Batch"/>).</summary>
    private static async Task<IResult> Upsert(HttpRequest request, bool? summarizeErrors, AccountingLedger ledger, TimeProvider time)
    {
        var (body, refusal) = await RequestBody.ReadAsync<ContactsRequest>(request);
        if (refusal is not null)
        {
            return refusal.ToResult();
        }

        var summarize = summarizeErrors ?? true;
        return ledger.Write(RequestBody.IdempotencyKey(request), key =>
        {
            var results = ledger.UpsertContacts(body!.Contacts ?? [], key, allOrNothing: summarize);
            return XeroResponses.Batch("Contacts", "HasValidationErrors", results, summarize, time.GetUtcNow());
        }).ToResult();
    }
}
