namespace Accounting.Sandbox.Ledger;

/// <summary>
/// One change the sandbox applied (a replayed Idempotency-Key applies nothing and adds nothing here). Reference is
/// the invoice's or payment's reference (for a hub invoice, the order number), so a load test can tell when each
/// order's invoice arrived.
/// </summary>
public sealed record AppliedWrite(DateTimeOffset At, string Kind, string Id, string? Number, string? IdempotencyKey, string? Reference = null);
