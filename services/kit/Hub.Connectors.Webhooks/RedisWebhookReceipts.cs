using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// Receipts as Redis strings: <c>claimed|instance|token</c> with a short lease while a request processes the
/// delivery, then <c>done</c> for <see cref="WebhookReceiptOptions.CompletedTtl"/>. The common path is one SET NX.
/// </summary>
public sealed class RedisWebhookReceipts(IConnectionMultiplexer redis, WebhookClaimLeases leases, IOptions<WebhookReceiptOptions> options) : IWebhookReceipts
{
    private const string Done = "done";

    // Compare-and-set on one key, so a late writer never overwrites or deletes a state it did not see.
    private const string SwapScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 end return 0";
    private const string DeleteScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private const string RenewScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";

    private readonly WebhookReceiptOptions _options = options.Value;

    public Task<WebhookClaim> TryClaimAsync(string source, string deliveryId, CancellationToken cancellationToken = default) =>
        GuardAsync(() => ClaimAsync(source, deliveryId));

    public async Task CompleteAsync(WebhookClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var key = Key(claim.Source, claim.DeliveryId);
        try
        {
            await GuardAsync(() => redis.GetDatabase().StringSetAsync(key, Done, _options.CompletedTtl)).ConfigureAwait(false);
            leases.Drop(key, claim.Value);
        }
        catch (WebhookReceiptsUnavailableException)
        {
            leases.ReleaseLater(key, claim.Value);
            throw;
        }
    }

    public async Task ReleaseAsync(WebhookClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var key = Key(claim.Source, claim.DeliveryId);
        leases.ReleaseLater(key, claim.Value);
        if (await TryReleaseAsync(key, claim.Value).ConfigureAwait(false))
        {
            leases.Released(key, claim.Value);
        }
    }

    /// <summary>Deletes the claim if it still holds <paramref name="value"/>; false when Redis cannot be reached.</summary>
    internal async Task<bool> TryReleaseAsync(string key, string value)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(DeleteScript, [key], [value]).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Extends the lease of every claim this process's requests hold, and writes the instance heartbeat.</summary>
    internal Task RenewAsync(IReadOnlyCollection<KeyValuePair<string, string>> live)
    {
        var db = redis.GetDatabase();
        var lease = (long)_options.ClaimTtl.TotalMilliseconds;
        var writes = live.Select(c => (Task)db.ScriptEvaluateAsync(RenewScript, [c.Key], [c.Value, lease]))
            .Append(db.StringSetAsync(HeartbeatKey(leases.InstanceId), "alive", _options.RenewInterval * 3));
        return Task.WhenAll(writes);
    }

    private async Task<WebhookClaim> ClaimAsync(string source, string deliveryId)
    {
        var db = redis.GetDatabase();
        var key = Key(source, deliveryId);
        var value = leases.NewValue();
        leases.Hold(key, value);
        try
        {
            if (await db.StringSetAsync(key, value, _options.ClaimTtl, When.NotExists).ConfigureAwait(false))
            {
                return new WebhookClaim(source, deliveryId, WebhookReceiptState.Claimed, value, TimeSpan.Zero);
            }

            var current = (string?)await db.StringGetAsync(key).ConfigureAwait(false);
            if (current == Done)
            {
                leases.Drop(key, value);
                return new WebhookClaim(source, deliveryId, WebhookReceiptState.AlreadyProcessed, string.Empty, TimeSpan.Zero);
            }

            // Gone since the SET (released or expired), or held by a request that has ended or an instance that died.
            if (current is null
                ? await db.StringSetAsync(key, value, _options.ClaimTtl, When.NotExists).ConfigureAwait(false)
                : await IsAbandonedAsync(db, key, current).ConfigureAwait(false)
                  && (bool)await db.ScriptEvaluateAsync(SwapScript, [key], [current, value, (long)_options.ClaimTtl.TotalMilliseconds]).ConfigureAwait(false))
            {
                return new WebhookClaim(source, deliveryId, WebhookReceiptState.Claimed, value, TimeSpan.Zero);
            }

            leases.Drop(key, value);
            var remaining = await db.KeyTimeToLiveAsync(key).ConfigureAwait(false) ?? _options.ClaimTtl;
            return new WebhookClaim(source, deliveryId, WebhookReceiptState.InProgress, string.Empty, RetryAfter(remaining));
        }
        catch
        {
            leases.Drop(key, value);
            throw;
        }
    }

    private async Task<bool> IsAbandonedAsync(IDatabase db, string key, string current)
    {
        if (leases.IsMine(current))
        {
            return !leases.IsLive(key, current);
        }

        // A value in no known format (an older release's "claimed") is left to expire rather than guessed at.
        return WebhookClaimLeases.OwnerOf(current) is { } owner && !await db.KeyExistsAsync(HeartbeatKey(owner)).ConfigureAwait(false);
    }

    /// <summary>A busy delivery is usually done within milliseconds: ask for a short wait, never longer than the lease left.</summary>
    private TimeSpan RetryAfter(TimeSpan remaining) =>
        TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(remaining.TotalSeconds), 1, Math.Min(5, Math.Ceiling(_options.ClaimTtl.TotalSeconds))));

    private static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new WebhookReceiptsUnavailableException($"webhook receipts in Redis are unreachable: {ex.Message}", ex);
        }
    }

    internal string KeyOf(WebhookClaim claim) => Key(claim.Source, claim.DeliveryId);

    private string Key(string source, string deliveryId) => $"{_options.KeyPrefix}:webhook:{{{source}}}:{deliveryId}";

    private string HeartbeatKey(string instance) => $"{_options.KeyPrefix}:webhook-instance:{instance}";
}
