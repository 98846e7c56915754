namespace Accounting.Connector.Outbound;

/// <summary>What the hub knows about an invoice it raised: the canonical ids a later payment refers to.</summary>
public sealed record InvoiceLink(string CanonicalInvoiceId, string? OrderId, string CustomerId, string CorrelationId, string InvoiceRaisedEventId);
