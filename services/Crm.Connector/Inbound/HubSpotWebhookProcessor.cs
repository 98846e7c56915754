using System.Globalization;
using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Messaging;
using StackExchange.Redis;

namespace Crm.Connector.Inbound;

/// <summary>
/// Processes one verified webhook request: claims each event by its delivery id (duplicates are acknowledged
/// without work), processes each distinct contact once, and completes the claims only when every contact is
/// published, quarantined or known. On any failure the claims are released so the sender's retry does it all again;
/// a delivery another request holds, and Redis or Kafka being unreachable, answer 503 with Retry-After.
/// </summary>
public sealed class HubSpotWebhookProcessor(IWebhookReceipts receipts, ContactInbound contacts, ConnectorTelemetry telemetry, ILogger<HubSpotWebhookProcessor> logger)
{
    public const string Source = "hubspot";
    private const string Entity = "customer";

    /// <summary>What a sender is asked to wait when Redis or Kafka failed the delivery: long enough for a restart.</summary>
    private static readonly TimeSpan RetryAfterOutage = TimeSpan.FromSeconds(5);

    public async Task<WebhookAnswer> ProcessAsync(IReadOnlyList<HubSpotEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var claimed = new List<(HubSpotEvent Event, WebhookClaim Claim)>();
        var duplicates = 0;
        foreach (var e in events.Where(e => e.IsContactEvent).DistinctBy(e => e.DeliveryId))
        {
            WebhookClaim claim;
            try
            {
                claim = await receipts.TryClaimAsync(Source, e.DeliveryId, cancellationToken);
            }
            catch (WebhookReceiptsUnavailableException ex)
            {
                await ReleaseAsync(claimed);
                WebhookLog.Deferred(logger, ex.Message);
                return WebhookAnswer.Later("webhook receipts are unreachable", RetryAfterOutage);
            }

            switch (claim.State)
            {
                case WebhookReceiptState.Claimed:
                    claimed.Add((e, claim));
                    break;
                case WebhookReceiptState.AlreadyProcessed:
                    duplicates++;
                    break;
                default:
                    await ReleaseAsync(claimed);
                    return WebhookAnswer.Later($"event {e.EventId} is being processed by another request", claim.RetryAfter);
            }
        }

        if (duplicates > 0)
        {
            telemetry.Inbound("webhook", Entity, "duplicate", duplicates);
        }

        try
        {
            foreach (var group in claimed.Select(c => c.Event).GroupBy(e => e.ObjectId))
            {
                var outcome = await contacts.ProcessAsync(group.Key.ToString(CultureInfo.InvariantCulture), group.ToList(), cancellationToken);
                telemetry.Inbound("webhook", Entity, outcome.ToString().ToLowerInvariant());
            }
        }
        catch (Exception ex) when (ex is ExternalApiUnavailableException or PublishException or RedisException or WebhookReceiptsUnavailableException)
        {
            await ReleaseAsync(claimed);
            WebhookLog.Deferred(logger, ex.Message);
            return WebhookAnswer.Later(ex.Message, (ex as ExternalApiUnavailableException)?.RetryAfter ?? RetryAfterOutage);
        }
        catch
        {
            await ReleaseAsync(claimed);
            throw;
        }

        try
        {
            foreach (var (_, claim) in claimed)
            {
                await receipts.CompleteAsync(claim, CancellationToken.None);
            }
        }
        catch (WebhookReceiptsUnavailableException ex)
        {
            // The contacts are published; the retry publishes the same event ids again, which dedup absorbs.
            await ReleaseAsync(claimed);
            WebhookLog.Deferred(logger, ex.Message);
            return WebhookAnswer.Later(ex.Message, RetryAfterOutage);
        }

        return WebhookAnswer.Done(claimed.Count, duplicates);
    }

    private async Task ReleaseAsync(IEnumerable<(HubSpotEvent Event, WebhookClaim Claim)> claimed)
    {
        foreach (var (_, claim) in claimed)
        {
            await receipts.ReleaseAsync(claim);
        }
    }
}
