using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Webhooks;

/// <summary>Receipts as Redis strings: "claimed" with a short TTL, then "done" with a long one.</summary>
public sealed class RedisWebhookReceipts(IConnectionMultiplexer redis, IOptions<WebhookReceiptOptions> options) : IWebhookReceipts
{
    private const string Claimed = "claimed";
    private const string Done = "done";

    // Only the claim may be released; a completed receipt must never be deleted by a late failure elsewhere.
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    private readonly WebhookReceiptOptions _options = options.Value;

    public async Task<WebhookReceiptState> TryClaimAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        var db = redis.GetDatabase();
        var key = Key(source, deliveryId);
        if (await db.StringSetAsync(key, Claimed, _options.ClaimTtl, When.NotExists).ConfigureAwait(false))
        {
            return WebhookReceiptState.Claimed;
        }

        var current = await db.StringGetAsync(key).ConfigureAwait(false);
        if (current.IsNull)
        {
            // The claim expired between the two calls; try once more rather than report a state that no longer holds.
            return await db.StringSetAsync(key, Claimed, _options.ClaimTtl, When.NotExists).ConfigureAwait(false)
                ? WebhookReceiptState.Claimed
                : WebhookReceiptState.InProgress;
        }

        return current == Done ? WebhookReceiptState.AlreadyProcessed : WebhookReceiptState.InProgress;
    }

    public Task CompleteAsync(string source, string deliveryId, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().StringSetAsync(Key(source, deliveryId), Done, _options.CompletedTtl);

    public Task ReleaseAsync(string source, string deliveryId, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [Key(source, deliveryId)], [Claimed]);

    private string Key(string source, string deliveryId) => $"{_options.KeyPrefix}:webhook:{{{source}}}:{deliveryId}";
}
