using System.Diagnostics;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>
/// Faults under a steady stream of signed orders/create deliveries from a sender that retries like Shopify: the
/// connector killed and restarted, Redis killed and restarted. Figures go to the test output (docs/reliability.md).
/// </summary>
[Collection(ShopCollection.Name)]
public sealed class CrashRecoveryTests(ShopFixture fixture)
{
    private static readonly string[] NonRetryable = ["400", "401", "409", "413", "500"];

    private static bool IsRetryable(string answer) => !NonRetryable.Any(code => answer.StartsWith(code, StringComparison.Ordinal));

    [Fact]
    public async Task Connector_KilledAndRestartedUnderWebhookLoad_IsLiveAndReadyWithin10sAndEveryDeliveryIsAcceptedOnce()
    {
        await using var connector = await IsolatedShopConnector.StartAsync(fixture);
        using var run = new RecoveryRun(fixture, connector, perSecond: 100);
        await run.StartAsync();
        await run.UntilAcceptedAsync(200);

        connector.Kill();
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var restart = Stopwatch.StartNew();
        await connector.RestartAsync();
        var live = await connector.WaitUntilAsync("/health/live", TimeSpan.FromSeconds(60)) ;
        await connector.WaitUntilAsync("/health/ready", TimeSpan.FromSeconds(60));
        var ready = restart.Elapsed;
        var acceptedAtReady = run.Sender.Accepted;
        await run.UntilAcceptedAsync(acceptedAtReady + 500);
        var tail = await run.FinishAsync();
        var orders = await run.OrdersAsync();

        var figures = $"kill -9 of the shop connector at 100 webhooks/s, restart 5 s later: live {live.TotalSeconds:F1} s, ready {ready.TotalSeconds:F1} s after the restart; " +
            $"{run.Sender.Sent} deliveries, all accepted {tail.TotalSeconds:F1} s after sending stopped; answers seen by the sender: {run.Sender.Describe()}; " +
            $"OrderPlaced copies on the topic: {orders.Values.Sum(ids => ids.Count)} distinct event ids for {orders.Count} orders";
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        live.Should().BeLessThan(TimeSpan.FromSeconds(10), figures);
        ready.Should().BeLessThan(TimeSpan.FromSeconds(10), figures);
        run.Sender.Accepted.Should().Be(run.Sender.Sent, figures);
        run.Sender.Answers.Keys.Should().OnlyContain(answer => IsRetryable(answer), figures);
        orders.Values.Should().OnlyContain(ids => ids.Count == 1, "every delivery is one order with one event id, however often it was retried");
    }

    [Fact]
    public async Task Redis_KilledAndRestartedMidDelivery_EveryRetryGetsARetryableAnswerAndOneEffect()
    {
        await using var connector = await IsolatedShopConnector.StartAsync(fixture);
        using var run = new RecoveryRun(fixture, connector, perSecond: 200);
        await run.StartAsync();
        await run.UntilAcceptedAsync(400);

        Stopwatch back;
        await fixture.Stack.StopRedisAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        }
        finally
        {
            // Every later test needs Redis: bring it back whatever happened above.
            await fixture.Stack.StartRedisAsync();
            back = Stopwatch.StartNew();
        }

        var acceptedAtRestart = run.Sender.Accepted;
        await run.UntilAcceptedAsync(acceptedAtRestart + 1000);
        await run.FinishAsync();
        var settled = back.Elapsed;
        var orders = await run.OrdersAsync();

        var figures = $"kill -9 of redis-server at 200 webhooks/s, restart 5 s later: {run.Sender.Sent} deliveries, every one accepted {settled.TotalSeconds:F1} s after Redis was back; " +
            $"answers seen by the sender: {run.Sender.Describe()}; OrderPlaced copies: {orders.Values.Sum(ids => ids.Count)} distinct event ids for {orders.Count} orders";
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        run.Sender.Answers.Keys.Should().OnlyContain(answer => IsRetryable(answer), figures);
        run.Sender.Accepted.Should().Be(run.Sender.Sent, figures);
        orders.Values.Should().OnlyContain(ids => ids.Count == 1, "a delivery retried through the outage still yields one order with one event id");
    }
}
