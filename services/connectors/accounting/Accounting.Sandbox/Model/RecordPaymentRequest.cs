namespace Accounting.Sandbox.Model;

/// <summary>POST /_sandbox/accounting/payments: a customer pays an invoice (by id or number); amount defaults to what is due.</summary>
public sealed record RecordPaymentRequest(Guid? InvoiceID, string? InvoiceNumber, decimal? Amount, string? Date, string? Reference);
