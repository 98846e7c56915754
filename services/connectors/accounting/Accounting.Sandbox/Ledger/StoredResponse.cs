namespace Accounting.Sandbox.Ledger;

/// <summary>An API answer kept as sent, so a request repeated with the same Idempotency-Key gets it again.</summary>
public sealed record StoredResponse(int Status, string Body);
