using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// Every <see cref="WebhookReceiptOptions.RenewInterval"/>: writes this instance's heartbeat, renews the leases of
/// the claims its requests hold and retries the releases Redis refused, so a delivery cut off by a Redis outage is
/// free for the sender's retry moments after Redis is back.
/// </summary>
public sealed partial class WebhookClaimRenewal(
    RedisWebhookReceipts receipts, WebhookClaimLeases leases, IOptions<WebhookReceiptOptions> options, TimeProvider time, ILogger<WebhookClaimRenewal> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RenewInterval, time);
        do
        {
            await RunOnceAsync().ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    internal async Task RunOnceAsync()
    {
        try
        {
            await receipts.RenewAsync(leases.Live).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRenewFailed(logger, ex.Message);
        }

        foreach (var (key, value) in leases.PendingReleases)
        {
            if (!await receipts.TryReleaseAsync(key, value).ConfigureAwait(false))
            {
                return;
            }

            leases.Released(key, value);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew webhook claims ({Reason}); they lapse unless Redis is back within their lease")]
    private static partial void LogRenewFailed(ILogger logger, string reason);
}
