namespace Accounting.Sandbox.Ledger;

/// <summary>The validation messages of one element of a request (Xero reports them per element).</summary>
public sealed record ElementErrors(object Element, IReadOnlyList<string> Messages);
