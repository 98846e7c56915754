using Accounting.Sandbox.Ledger;

namespace Accounting.Sandbox.Api;

/// <summary>GET /Payments with If-Modified-Since (changes at or after it), oldest first, 100 per page (page=1..).</summary>
public static class PaymentsApi
{
    public const int PageSize = 100;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/Payments", (HttpRequest request, int? page, AccountingLedger ledger, TimeProvider time) =>
        {
            var since = Model.XeroDate.ParseSince(request.Headers.IfModifiedSince.ToString());
            var number = Math.Max(page ?? 1, 1);
            return ledger.Read(() => XeroResponses.Ok(
                "Payments",
                ledger.PaymentsSince(since).Skip((number - 1) * PageSize).Take(PageSize),
                time.GetUtcNow())).ToResult();
        });
}
