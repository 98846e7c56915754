using System.Net.Http.Headers;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Sandboxes;

/// <summary>
/// Sends webhooks like a vendor does: signed, in order, retried while the receiver fails, is away or does not answer
/// in time, and under the duplicate-delivery fault sent several times. A delivery counts as acknowledged when one copy got a 2xx.
/// </summary>
public sealed partial class WebhookSender(
    IHttpClientFactory clients,
    IWebhookSigner signer,
    FaultState faults,
    WebhookStatistics statistics,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookSender> logger) : BackgroundService
{
    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(WebhookDelivery delivery)
    {
        statistics.OnQueued();
        _queue.Writer.TryWrite(delivery);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var client = clients.CreateClient(nameof(WebhookSender));
        await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var settings = faults.Current;
            var body = settings.MalformedWebhooks ? delivery.Body[..(delivery.Body.Length / 2)] : delivery.Body;
            var acknowledged = false;
            for (var copy = 0; copy < Math.Max(1, settings.WebhookCopies); copy++)
            {
                var copyOf = copy > 0 && settings.CopiesAsNewDeliveries ? delivery.AsNewDelivery() : delivery;
                acknowledged |= await DeliverAsync(client, copyOf, body, stoppingToken).ConfigureAwait(false);
            }

            if (acknowledged)
            {
                statistics.OnAcknowledged();
            }
            else
            {
                statistics.OnAbandoned();
                LogAbandoned(delivery.Topic, options.Value.MaxAttempts);
            }
        }
    }

    private async Task<bool> DeliverAsync(HttpClient client, WebhookDelivery delivery, byte[] body, CancellationToken cancellationToken)
    {
        var target = options.Value.TargetUrl;
        if (target is null)
        {
            return true;
        }

        for (var attempt = 1; attempt <= options.Value.MaxAttempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            foreach (var (name, value) in delivery.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            signer.Sign(request, body);
            statistics.OnSent();
            try
            {
                using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }

                LogRefused(delivery.Topic, (int)response.StatusCode, attempt);
            }
            catch (HttpRequestException ex)
            {
                LogUnreachable(delivery.Topic, ex.Message, attempt);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The receiver did not answer in time: a vendor counts that as a failed delivery and retries it.
                LogUnreachable(delivery.Topic, ex.Message, attempt);
            }

            statistics.OnFailedAttempt();
            await Task.Delay(options.Value.RetryDelay * attempt, time, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Topic} refused with {Status} (attempt {Attempt})")]
    private partial void LogRefused(string topic, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Topic} not delivered: {Reason} (attempt {Attempt})")]
    private partial void LogUnreachable(string topic, string reason, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Topic} abandoned after {Attempts} attempts")]
    private partial void LogAbandoned(string topic, int attempts);
}
