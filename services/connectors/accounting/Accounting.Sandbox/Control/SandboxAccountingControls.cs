using Accounting.Sandbox.Api;
using Accounting.Sandbox.Ledger;
using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Control;

/// <summary>
/// /_sandbox/accounting: make business happen (a customer pays an invoice) and see what was applied. Never faulted.
/// </summary>
public static class SandboxAccountingControls
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var controls = endpoints.MapGroup(XeroPaths.SandboxControls);
        controls.MapPost("/payments", (RecordPaymentRequest payment, HttpRequest request, AccountingLedger ledger, TimeProvider time) =>
            ledger.Write(RequestBody.IdempotencyKey(request), key =>
            {
                var (saved, errors) = ledger.RecordPayment(payment, key);
                return saved is null ? XeroResponses.Validation(errors) : XeroResponses.Ok("Payments", [saved], time.GetUtcNow());
            }).ToResult());
        controls.MapGet("/writes", (AccountingLedger ledger) => Results.Json(ledger.Writes(), XeroJson.Options));
        controls.MapGet("/idempotency-keys", (AccountingLedger ledger) => Results.Json(new { Count = ledger.IdempotencyKeyCount() }, XeroJson.Options));
    }
}
