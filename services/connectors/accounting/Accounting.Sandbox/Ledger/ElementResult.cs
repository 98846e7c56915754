namespace Accounting.Sandbox.Ledger;

/// <summary>
/// One element of a write as Xero reports it: the saved record, or the element as sent with its validation messages.
/// </summary>
public sealed record ElementResult(object Element, IReadOnlyList<string> Messages)
{
    public bool Rejected => Messages.Count > 0;

    public static ElementResult Saved(object element) => new(element, []);
}
