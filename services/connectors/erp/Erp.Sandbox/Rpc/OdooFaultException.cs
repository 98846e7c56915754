namespace Erp.Sandbox.Rpc;

/// <summary>
/// An error Odoo reports inside a JSON-RPC answer (HTTP 200, "error" member): <see cref="Name"/> is the Python
/// exception's qualified name, e.g. odoo.exceptions.ValidationError, which clients classify by.
/// </summary>
public sealed class OdooFaultException(string name, string message) : Exception(message)
{
    public const string ValidationError = "odoo.exceptions.ValidationError";
    public const string UserError = "odoo.exceptions.UserError";
    public const string AccessDenied = "odoo.exceptions.AccessDenied";
    public const string AccessError = "odoo.exceptions.AccessError";
    public const string MissingError = "odoo.exceptions.MissingError";
    public const string ValueError = "builtins.ValueError";
    public const string TypeError = "builtins.TypeError";
    public const string AttributeError = "builtins.AttributeError";
    public const string KeyError = "builtins.KeyError";

    public string Name { get; } = name;

    public static OdooFaultException Validation(string message) => new(ValidationError, message);

    public static OdooFaultException Value(string message) => new(ValueError, message);

    /// <summary>What Odoo's object service raises for a model name the registry does not have.</summary>
    public static OdooFaultException UnknownModel(string model) => new(UserError, $"Object {model} doesn't exist");
}
