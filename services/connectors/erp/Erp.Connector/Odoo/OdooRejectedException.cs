using Hub.Messaging.Errors;

namespace Erp.Connector.Odoo;

/// <summary>
/// The ERP answered a call with an Odoo error that retrying cannot fix (ValidationError, UserError, AccessDenied,
/// AccessError, MissingError, ValueError): the event is dead-lettered with the ERP's message. Reason code
/// "odoo-&lt;ExceptionName&gt;", e.g. odoo-ValidationError, unless <see cref="OdooFaults"/> names another.
/// </summary>
public sealed class OdooRejectedException(string operation, string errorName, string message, string? reasonCode = null)
    : PermanentEventException(reasonCode ?? $"odoo-{errorName[(errorName.LastIndexOf('.') + 1)..]}", $"erp refused {operation}: {errorName}: {message}")
{
    public string Operation { get; } = operation;

    /// <summary>The Python exception's qualified name, e.g. odoo.exceptions.ValidationError.</summary>
    public string ErrorName { get; } = errorName;
}
