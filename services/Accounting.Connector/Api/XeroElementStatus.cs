using Hub.Messaging.Errors;

namespace Accounting.Connector.Api;

/// <summary>
/// Xero answers a write with summarizeErrors=false (and may answer any batch so) with 200 and each element marked:
/// StatusAttributeString ERROR, HasErrors (invoices) or HasValidationErrors (contacts, payments), ValidationErrors.
/// Such an element was not saved; reading it as the saved record would publish an invoice Xero does not have.
/// </summary>
public static class XeroElementStatus
{
    public const string ReasonCode = "xero-element-rejected";

    /// <exception cref="PermanentEventException">The element carries Xero's validation errors (the event is dead-lettered with them).</exception>
    public static void ThrowIfRejected(string operation, bool? errorFlag, string? statusAttribute, IReadOnlyList<XeroValidationError>? errors)
    {
        var rejected = errorFlag == true
            || string.Equals(statusAttribute, "ERROR", StringComparison.OrdinalIgnoreCase)
            || errors is { Count: > 0 };
        if (rejected)
        {
            var messages = (errors ?? []).Select(e => e.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
            throw new PermanentEventException(ReasonCode,
                $"accounting refused {operation}: 200 with the element marked as failed. ValidationException: {(messages.Count > 0 ? string.Join("; ", messages) : "no message given")}");
        }
    }
}
