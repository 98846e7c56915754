using System.Diagnostics;

namespace Hub.Benchmarks.Connectors;

/// <summary>
/// Sends shop webhooks to the shop connector, either paced (a target rate in 10 ms steps) or as fast as a fixed
/// number of concurrent senders can (max). Records when each order's delivery was sent and how it was answered.
/// When the connector cannot keep up, at most <see cref="InFlightLimit"/> deliveries wait, so the send rate drops
/// below the target: the achieved rate is part of the result.
/// </summary>
public sealed class WebhookLoad(HttpClient connector, ShopOrderWebhooks webhooks)
{
    public const int InFlightLimit = 256;

    public async Task<WebhookLoadResult> PacedAsync(int firstSequence, int rate, TimeSpan duration)
    {
        var result = new WebhookLoadResult();
        using var slots = new SemaphoreSlim(InFlightLimit);
        var sends = new List<Task>();
        var target = (int)(rate * duration.TotalSeconds);
        var watch = Stopwatch.StartNew();
        var sent = 0;
        while (sent < target)
        {
            var due = (int)Math.Min(target, watch.Elapsed.TotalSeconds * rate);
            for (; sent < due; sent++)
            {
                await slots.WaitAsync();
                sends.Add(SendAsync(firstSequence + sent, result).ContinueWith(_ => slots.Release(), TaskScheduler.Default));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        await Task.WhenAll(sends);
        result.SendSeconds = watch.Elapsed.TotalSeconds;
        return result;
    }

    public async Task<WebhookLoadResult> MaxAsync(int firstSequence, int concurrency, TimeSpan duration)
    {
        var result = new WebhookLoadResult();
        var next = firstSequence - 1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                await SendAsync(Interlocked.Increment(ref next), result);
            }
        }));
        result.SendSeconds = watch.Elapsed.TotalSeconds;
        return result;
    }

    private async Task SendAsync(int sequence, WebhookLoadResult result)
    {
        using var request = webhooks.Create(sequence);
        var sentAt = DateTimeOffset.UtcNow;
        try
        {
            using var response = await connector.SendAsync(request);
            result.Record(webhooks.NameOf(sequence), sentAt, (int)response.StatusCode, DateTimeOffset.UtcNow - sentAt);
        }
        catch (HttpRequestException)
        {
            result.Record(webhooks.NameOf(sequence), sentAt, 0, DateTimeOffset.UtcNow - sentAt);
        }
    }
}
