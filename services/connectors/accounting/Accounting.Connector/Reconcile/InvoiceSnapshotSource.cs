using System.Globalization;
using Accounting.Connector.Api;
using Hub.Identity;
using Hub.Reconciliation;

namespace Accounting.Connector.Reconcile;

/// <summary>
/// The sales invoices (ACCREC) in accounting as canonical orders, for `hub reconcile orders`: GET /Invoices page by page
/// through <see cref="XeroClient"/> (Xero's limits apply), the cursor being the next page number. An invoice carries
/// its order's number as Reference; the canonical order is the one the cross-reference knows by that number (the
/// order entity's match key), so an invoice typed in by hand, or whose reference names no order, is reported as extra.
/// Bills (ACCPAY) are no orders and are left out. Never writes.
/// </summary>
public sealed class InvoiceSnapshotSource(XeroClient xero, CrossReferenceStore crossReference) : ISnapshotSource
{
    private const string OrderNumber = "orderNumber";

    public string EntityType => "order";

    public IReadOnlyList<string> Fields { get; } = [OrderNumber];

    public async Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = int.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var next) && next > 0 ? next : 1;
        var invoices = await xero.GetInvoicesPageAsync(page, cancellationToken);
        var records = new List<SnapshotRecord>();
        foreach (var invoice in invoices.Where(i => i.Type == "ACCREC" && (query.Since is not { } since || i.UpdatedDateUTC is not { } at || at >= since)))
        {
            var canonicalId = await crossReference.FindByMatchKeyAsync(EntityType, OrderNumber, invoice.Reference);
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal) { [OrderNumber] = invoice.Reference };
            records.Add(new SnapshotRecord(invoice.InvoiceNumber ?? invoice.InvoiceID?.ToString() ?? "", canonicalId, fields, invoice.UpdatedDateUTC));
        }

        var more = invoices.Count >= XeroClient.ContactsPageSize;
        return new SnapshotPage(records, more ? (page + 1).ToString(CultureInfo.InvariantCulture) : null);
    }
}
