namespace Accounting.Connector.Api;

/// <summary>One of an element's ValidationErrors: Xero's message, meant for a person.</summary>
public sealed record XeroValidationError(string? Message);
