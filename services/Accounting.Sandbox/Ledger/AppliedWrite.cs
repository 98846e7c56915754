namespace Accounting.Sandbox.Ledger;

/// <summary>One change the sandbox applied (a replayed Idempotency-Key applies nothing and adds nothing here).</summary>
public sealed record AppliedWrite(DateTimeOffset At, string Kind, string Id, string? Number, string? IdempotencyKey);
