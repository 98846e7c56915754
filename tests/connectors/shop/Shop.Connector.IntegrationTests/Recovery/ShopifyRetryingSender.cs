using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Testing.Vendors;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>
/// Sends signed orders/create deliveries at a steady rate and retries each one as Shopify does: the same webhook id
/// and body again after any non-2xx answer, timeout or refused connection, until a 2xx. The schedule is compressed
/// for tests: the wait is the answer's Retry-After, at most 2 s (Shopify's own backoff runs for 48 hours), and an
/// attempt times out after 5 s like Shopify's. Every attempt's answer is counted.
/// </summary>
internal sealed class ShopifyRetryingSender(HttpClient connector, JsonObject template, string secret, string run)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, int> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, TimeSpan> _acceptedAfter = new();
    private readonly List<Task> _deliveries = [];
    private int _sent;

    /// <summary>Answers seen per attempt: "200", "503", ..., "timeout", "refused".</summary>
    public IReadOnlyDictionary<string, int> Answers => _answers;

    public int Sent => _sent;

    public int Accepted => _acceptedAfter.Count;

    public string OrderName(int sequence) => string.Create(CultureInfo.InvariantCulture, $"#{run}-{sequence}");

    /// <summary>Starts deliveries at <paramref name="perSecond"/> until <paramref name="stop"/> is cancelled; each keeps retrying on its own.</summary>
    public async Task SendAsync(int perSecond, CancellationToken stop, CancellationToken giveUp)
    {
        var clock = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        while (!stop.IsCancellationRequested)
        {
            var wait = interval * _sent - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, CancellationToken.None);
                continue;
            }

            var sequence = _sent++;
            _deliveries.Add(DeliverAsync(sequence, giveUp));
        }
    }

    /// <summary>Waits until every delivery started was accepted (or <paramref name="giveUp"/> fires).</summary>
    public Task CompletionAsync() => Task.WhenAll(_deliveries);

    public string Describe() => string.Join(", ", _answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}: {a.Value}"));

    private async Task DeliverAsync(int sequence, CancellationToken giveUp)
    {
        var body = Encoding.UTF8.GetBytes(Order(sequence).ToJsonString());
        var webhookId = Guid.NewGuid().ToString("D");
        var started = Stopwatch.StartNew();
        while (!giveUp.IsCancellationRequested)
        {
            var (answer, retryAfter) = await AttemptAsync(body, webhookId, giveUp);
            _answers.AddOrUpdate(answer, 1, (_, n) => n + 1);
            if (answer.StartsWith('2') && answer.Length == 3)
            {
                _acceptedAfter[sequence] = started.Elapsed;
                return;
            }

            var wait = retryAfter is { } asked && asked > TimeSpan.Zero && asked < MaxWait ? asked : MaxWait;
            await Task.Delay(wait, giveUp).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<(string Answer, TimeSpan? RetryAfter)> AttemptAsync(byte[] body, string webhookId, CancellationToken giveUp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/shopify") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(ShopifyWebhook.TopicHeader, "orders/create");
        request.Headers.Add(ShopifyWebhook.WebhookIdHeader, webhookId);
        request.Headers.Add(ShopifyWebhook.ShopDomainHeader, "hub-sandbox.myshopify.com");
        request.Headers.Add(ShopifyWebhook.SignatureHeader, ShopifyWebhook.Sign(secret, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(giveUp);
        timeout.CancelAfter(AttemptTimeout);
        try
        {
            using var response = await connector.SendAsync(request, timeout.Token);
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            if (!response.IsSuccessStatusCode)
            {
                // The reason tells an admission refusal from a busy claim or an outage.
                var reason = await response.Content.ReadAsStringAsync(timeout.Token);
                status = $"{status} {reason[..Math.Min(reason.Length, 48)]}";
            }

            return (status, response.Headers.RetryAfter?.Delta);
        }
        catch (OperationCanceledException) when (!giveUp.IsCancellationRequested)
        {
            return ("timeout", null);
        }
        catch (HttpRequestException ex)
        {
            // Refused while the process is down, reset when it is killed mid-request: both are retried.
            return (ex.HttpRequestError == HttpRequestError.ConnectionError && ex.InnerException is SocketException ? "refused" : "reset", TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>A new order per sequence number (its own id and name) of one of 50 returning customers.</summary>
    private JsonObject Order(int sequence)
    {
        var order = (JsonObject)template.DeepClone();
        var customer = sequence % 50;
        order["id"] = 6_000_000_000L + sequence;
        order["name"] = OrderName(sequence);
        order["order_number"] = sequence;
        order["email"] = string.Create(CultureInfo.InvariantCulture, $"buyer{customer}.{run}@example.com");
        var person = (JsonObject)order["customer"]!;
        person["id"] = 5_000_000_000L + customer;
        person["email"] = order["email"]!.DeepClone();
        return order;
    }
}
