using Hub.Connectors.Webhooks;
using Hub.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>The claim rules of <see cref="RedisWebhookReceipts"/> on a real redis-server, two "instances" sharing it.</summary>
[Collection(ShopCollection.Name)]
public sealed class WebhookReceiptTests(ShopFixture fixture) : IAsyncLifetime
{
    private const string Source = "shopify";
    private readonly IOptions<WebhookReceiptOptions> _options = Options.Create(new WebhookReceiptOptions { KeyPrefix = $"it-receipts-{Guid.NewGuid():N}" });
    private ConnectionMultiplexer? _redis;

    private ConnectionMultiplexer Redis => _redis ?? throw new InvalidOperationException("Not connected.");

    public async ValueTask InitializeAsync()
    {
        var options = ConfigurationOptions.Parse(fixture.Stack.RedisConfiguration);
        options.AbortOnConnectFail = false;
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task TryClaim_DeliveryCompleted_AnswersAlreadyProcessed()
    {
        var (receipts, _) = Instance();
        var claim = await receipts.TryClaimAsync(Source, NewDelivery());
        await receipts.CompleteAsync(claim);

        (await receipts.TryClaimAsync(Source, claim.DeliveryId)).State.Should().Be(WebhookReceiptState.AlreadyProcessed);
    }

    [Fact]
    public async Task TryClaim_ClaimHeldByALiveRequestOfAnotherInstance_AnswersInProgressWithinTheLease()
    {
        var (first, firstLeases) = Instance();
        var (second, _) = Instance();
        var claim = await first.TryClaimAsync(Source, NewDelivery());
        await first.RenewAsync(firstLeases.Live);

        var answer = await second.TryClaimAsync(Source, claim.DeliveryId);

        answer.State.Should().Be(WebhookReceiptState.InProgress);
        answer.RetryAfter.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task TryClaim_ClaimOfAnInstanceWithoutHeartbeat_IsTakenOverAtOnce()
    {
        var (dead, _) = Instance();
        var (survivor, _) = Instance();
        var claim = await dead.TryClaimAsync(Source, NewDelivery());

        (await survivor.TryClaimAsync(Source, claim.DeliveryId)).State.Should().Be(WebhookReceiptState.Claimed, "no heartbeat names the claimant, so it is gone");
    }

    [Fact]
    public async Task TryClaim_ClaimOfARequestOfThisInstanceThatEnded_IsTakenOverAtOnce()
    {
        var (receipts, leases) = Instance();
        var claim = await receipts.TryClaimAsync(Source, NewDelivery());
        await receipts.RenewAsync(leases.Live);
        // What a release that Redis refused leaves behind: the claim in Redis, its request gone.
        leases.ReleaseLater(receipts.KeyOf(claim), claim.Value);

        (await receipts.TryClaimAsync(Source, claim.DeliveryId)).State.Should().Be(WebhookReceiptState.Claimed);
    }

    [Fact]
    public async Task Release_WhileRedisIsDown_DoesNotThrowAndIsWrittenOnceRedisIsBack()
    {
        var (receipts, leases) = Instance();
        var (other, _) = Instance();
        var renewal = new WebhookClaimRenewal(receipts, leases, _options, TimeProvider.System, NullLogger<WebhookClaimRenewal>.Instance);
        var claim = await receipts.TryClaimAsync(Source, NewDelivery());
        await receipts.RenewAsync(leases.Live);

        await fixture.Stack.StopRedisAsync();
        try
        {
            await receipts.ReleaseAsync(claim);
        }
        finally
        {
            await fixture.Stack.StartRedisAsync();
        }

        leases.PendingReleases.Should().ContainSingle("the release could not be written while Redis was down");
        await Eventually.UntilAsync(async () =>
        {
            await renewal.RunOnceAsync();
            return leases.PendingReleases.Count == 0;
        }, "the renewal to write the pending release", TimeSpan.FromSeconds(30), cancellationToken: TestContext.Current.CancellationToken);
        (await other.TryClaimAsync(Source, claim.DeliveryId)).State.Should().Be(WebhookReceiptState.Claimed, "the claim was released, although its instance is alive");
    }

    private (RedisWebhookReceipts Receipts, WebhookClaimLeases Leases) Instance()
    {
        var leases = new WebhookClaimLeases();
        return (new RedisWebhookReceipts(Redis, leases, _options), leases);
    }

    private static string NewDelivery() => Guid.NewGuid().ToString("D");
}
