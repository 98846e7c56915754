using Accounting.Connector.Api;
using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Connectors.Polling;
using Hub.Contracts;
using Hub.Messaging;

namespace Accounting.Connector.Inbound;

/// <summary>
/// Polls GET /Payments with If-Modified-Since (the watermark minus the overlap) and publishes PaymentReceived with ids
/// derived from (PaymentID, UpdatedDateUTC), so a re-read or a restart publishes duplicates consumers drop.
/// </summary>
public sealed partial class PaymentFeed(
    XeroClient xero,
    PaymentMapper mapper,
    InvoiceLinkStore links,
    CanonicalEventPublisher publisher,
    ConnectorTelemetry telemetry,
    ILogger<PaymentFeed> logger) : IDeltaFeed<XeroPayment>
{
    private const int XeroPageSize = 100;

    public async Task<IReadOnlyList<XeroPayment>> ReadAsync(DeltaQuery<XeroPayment> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = new List<XeroPayment>();
        for (var page = 1; ; page++)
        {
            var batch = await xero.GetPaymentsAsync(query.ChangedSince, page, cancellationToken);
            all.AddRange(batch);
            if (batch.Count < XeroPageSize)
            {
                break;
            }
        }

        var after = query.After is null ? (DeltaKey?)null : KeyOf(query.After);
        return all.Select(p => (Payment: p, Key: KeyOf(p)))
            .OrderBy(x => x.Key.ChangedAt).ThenBy(x => x.Key.Id, StringComparer.Ordinal)
            .Where(x => after is not { } a || x.Key.ChangedAt > a.ChangedAt || (x.Key.ChangedAt == a.ChangedAt && string.CompareOrdinal(x.Key.Id, a.Id) > 0))
            .Take(query.Limit)
            .Select(x => x.Payment)
            .ToList();
    }

    public DeltaKey KeyOf(XeroPayment record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DeltaKey(record.PaymentID.ToString(), record.UpdatedDateUTC ?? DateTimeOffset.UnixEpoch);
    }

    public async Task PublishAsync(IReadOnlyList<XeroPayment> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var payment in records)
        {
            if (!PaymentMapper.IsCustomerPayment(payment))
            {
                telemetry.Inbound("poll", "payment", "skipped");
                continue;
            }

            var link = payment.Invoice?.InvoiceID is { } invoiceId ? await links.GetAsync(invoiceId) : null;
            if (PaymentMapper.CustomerOf(payment, link) is not { } customerId)
            {
                // Not an invoice of the hub and its contact has no canonical id: nothing to link the money to.
                LogUnlinked(payment.PaymentID, payment.Invoice?.InvoiceNumber);
                telemetry.Inbound("poll", "payment", "quarantined");
                continue;
            }

            await publisher.PublishAsync(mapper.Map(payment, customerId, link), cancellationToken);
            telemetry.Inbound("poll", "payment", "published");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} on invoice {InvoiceNumber} names no canonical customer (no hub invoice, no ContactNumber); not published")]
    private partial void LogUnlinked(Guid paymentId, string? invoiceNumber);
}
