using Hub.Messaging.Processing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Hub.Messaging.UnitTests.Abstractions;

public sealed class ConnectorPauseWatchTests
{
    private static readonly ConnectorPause Outbound = new() { Scope = PauseScope.Outbound, Who = "ana", At = DateTimeOffset.UnixEpoch, Reason = "INC-1" };

    [Fact]
    public async Task CurrentAsync_FirstCall_WaitsForTheStore()
    {
        var store = Substitute.For<IConnectorPauseStore>();
        store.GetAsync("erp-connector").Returns([Outbound]);

        var pauses = await new ConnectorPauseWatch(store, "erp-connector", new FakeTimeProvider()).CurrentAsync();

        pauses.Should().ContainSingle().Which.Should().Be(Outbound);
    }

    [Fact]
    public async Task CurrentAsync_WithinTheRefreshInterval_AnswersFromTheCache()
    {
        var store = Substitute.For<IConnectorPauseStore>();
        store.GetAsync("erp-connector").Returns([Outbound]);
        var time = new FakeTimeProvider();
        var watch = new ConnectorPauseWatch(store, "erp-connector", time);
        await watch.CurrentAsync();

        for (var i = 0; i < 100; i++)
        {
            await watch.CurrentAsync();
        }

        await store.Received(1).GetAsync("erp-connector");
    }

    [Fact]
    public async Task CurrentAsync_AfterTheRefreshInterval_RefreshesInTheBackground()
    {
        var store = Substitute.For<IConnectorPauseStore>();
        store.GetAsync("erp-connector").Returns(Task.FromResult<IReadOnlyList<ConnectorPause>>([Outbound]), Task.FromResult<IReadOnlyList<ConnectorPause>>([]));
        var time = new FakeTimeProvider();
        var watch = new ConnectorPauseWatch(store, "erp-connector", time);
        await watch.CurrentAsync();

        time.Advance(ConnectorPauseWatch.RefreshInterval);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await watch.CurrentAsync()).Count != 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        (await watch.CurrentAsync()).Should().BeEmpty("the resume was read in the background");
    }

    [Fact]
    public async Task CurrentAsync_StoreUnreachable_KeepsTheLastKnownState()
    {
        var store = Substitute.For<IConnectorPauseStore>();
        store.GetAsync("erp-connector").Returns(Task.FromResult<IReadOnlyList<ConnectorPause>>([Outbound]), Task.FromException<IReadOnlyList<ConnectorPause>>(new ProcessingStoreUnavailableException("down")));
        var time = new FakeTimeProvider();
        var watch = new ConnectorPauseWatch(store, "erp-connector", time);
        await watch.CurrentAsync();

        time.Advance(ConnectorPauseWatch.RefreshInterval);
        await watch.CurrentAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (watch.LastError is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        watch.LastError.Should().Contain("down");
        (await watch.CurrentAsync()).Should().ContainSingle("paused stays paused while the store is unreachable");
    }

    [Theory]
    [InlineData("all", "customers", true, true)]
    [InlineData("outbound", "customers", true, false)]
    [InlineData("inbound", "customers", false, true)]
    [InlineData("subscription:customers", "customers", true, false)]
    [InlineData("subscription:orders", "customers", false, false)]
    public void PauseScope_Scope_CoversWhatItNames(string scope, string subscription, bool stopsSubscription, bool stopsInbound)
    {
        ConnectorPause[] pauses = [Outbound with { Scope = scope }];

        (PauseScope.ForSubscription(pauses, subscription) is not null).Should().Be(stopsSubscription);
        (PauseScope.ForInbound(pauses) is not null).Should().Be(stopsInbound);
    }

    [Fact]
    public void PauseScope_OfGroup_SplitsConnectorAndSubscription() =>
        PauseScope.OfGroup("erp-connector.customers.v2").Should().Be(("erp-connector", "customers.v2"));
}
