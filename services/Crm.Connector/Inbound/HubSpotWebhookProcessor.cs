using System.Globalization;
using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Messaging;

namespace Crm.Connector.Inbound;

/// <summary>
/// Processes one verified webhook request: claims each event by its delivery id (duplicates are acknowledged
/// without work), processes each distinct contact once, and completes the claims only when every contact is
/// published, quarantined or known. On any failure the claims are released so the sender's retry does it all again.
/// </summary>
public sealed class HubSpotWebhookProcessor(IWebhookReceipts receipts, ContactInbound contacts, ConnectorTelemetry telemetry, ILogger<HubSpotWebhookProcessor> logger)
{
    public const string Source = "hubspot";
    private const string Entity = "customer";

    public async Task<WebhookAnswer> ProcessAsync(IReadOnlyList<HubSpotEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var claimed = new List<HubSpotEvent>();
        var duplicates = 0;
        foreach (var e in events.Where(e => e.IsContactEvent).DistinctBy(e => e.DeliveryId))
        {
            switch (await receipts.TryClaimAsync(Source, e.DeliveryId, cancellationToken))
            {
                case WebhookReceiptState.Claimed:
                    claimed.Add(e);
                    break;
                case WebhookReceiptState.AlreadyProcessed:
                    duplicates++;
                    break;
                default:
                    await ReleaseAsync(claimed, cancellationToken);
                    return WebhookAnswer.Later($"event {e.EventId} is being processed by another request", TimeSpan.FromSeconds(1));
            }
        }

        if (duplicates > 0)
        {
            telemetry.Inbound("webhook", Entity, "duplicate", duplicates);
        }

        try
        {
            foreach (var group in claimed.GroupBy(e => e.ObjectId))
            {
                var outcome = await contacts.ProcessAsync(group.Key.ToString(CultureInfo.InvariantCulture), group.ToList(), cancellationToken);
                telemetry.Inbound("webhook", Entity, outcome.ToString().ToLowerInvariant());
            }
        }
        catch (Exception ex) when (ex is ExternalApiUnavailableException or PublishException)
        {
            await ReleaseAsync(claimed, cancellationToken);
            WebhookLog.Deferred(logger, ex.Message);
            return WebhookAnswer.Later(ex.Message, (ex as ExternalApiUnavailableException)?.RetryAfter);
        }
        catch
        {
            await ReleaseAsync(claimed, CancellationToken.None);
            throw;
        }

        foreach (var e in claimed)
        {
            await receipts.CompleteAsync(Source, e.DeliveryId, cancellationToken);
        }

        return WebhookAnswer.Done(claimed.Count, duplicates);
    }

    private async Task ReleaseAsync(IEnumerable<HubSpotEvent> claimed, CancellationToken cancellationToken)
    {
        foreach (var e in claimed)
        {
            await receipts.ReleaseAsync(Source, e.DeliveryId, cancellationToken);
        }
    }
}
