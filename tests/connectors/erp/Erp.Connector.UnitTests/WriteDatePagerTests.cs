using System.Text.Json.Nodes;
using Erp.Connector.Inbound;
using Erp.Connector.Odoo;
using Hub.Connectors.Polling;

namespace Erp.Connector.UnitTests;

/// <summary>The kit's poller over <see cref="WriteDatePager"/> against rows whose write_date has microseconds.</summary>
public class WriteDatePagerTests
{
    private static readonly DateTime TenOClock = new(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PollOnce_OneTransactionWroteMoreRowsThanAPage_PublishesEachRowOnceAndEnds()
    {
        var odoo = new FakeOdooTable();
        foreach (var id in Enumerable.Range(1, 45))
        {
            odoo.Write(id, TenOClock.AddTicks(1_234_560));
        }

        var (poller, feed) = Poller(odoo, pageSize: 10);

        var result = await poller.PollOnceAsync(None).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        feed.Published.Should().Equal(Enumerable.Range(1, 45), "each row once, in id order within the second");
        result.Published.Should().Be(45);
        odoo.Calls.Should().BeLessThan(20, "about three calls a page, not a loop");
    }

    [Fact]
    public async Task PollOnce_MicrosecondOrderUnlikeIdOrderAcrossSeconds_PublishesEveryRowOnce()
    {
        var odoo = new FakeOdooTable();
        foreach (var step in Enumerable.Range(0, 25))
        {
            // Higher ids written earlier: Odoo's write_date order within a second is not the id order.
            odoo.Write(100 - step, TenOClock.AddMilliseconds(130 * step).AddTicks(7));
        }

        var (poller, feed) = Poller(odoo, pageSize: 3);

        await poller.PollOnceAsync(None).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        feed.Published.Should().BeEquivalentTo(Enumerable.Range(76, 25)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task PollOnce_AgainAfterALaterWrite_RereadsTheOverlapAndPublishesOnlyTheNewVersion()
    {
        var odoo = new FakeOdooTable();
        foreach (var id in Enumerable.Range(1, 12))
        {
            odoo.Write(id, TenOClock.AddTicks(42));
        }

        var (poller, feed) = Poller(odoo, pageSize: 5);
        await poller.PollOnceAsync(None);
        odoo.Write(7, TenOClock.AddSeconds(1).AddTicks(99));

        var second = await poller.PollOnceAsync(None);

        second.Read.Should().Be(12, "the overlap window is read again");
        second.Published.Should().Be(1);
        feed.Published.Should().Equal([.. Enumerable.Range(1, 12), 7]);
    }

    private static (DeltaPoller<JsonNode> Poller, RowFeed Feed) Poller(FakeOdooTable odoo, int pageSize)
    {
        var feed = new RowFeed(odoo);
        return (new DeltaPoller<JsonNode>("test", feed, new MemoryWatermarks(), new DeltaPollingOptions { PageSize = pageSize }), feed);
    }

    /// <summary>Watermarks kept for the test's lifetime (production keeps them in Redis).</summary>
    private sealed class MemoryWatermarks : IWatermarkStore
    {
        private Watermark? _watermark;

        public Task<Watermark?> GetAsync(string poller, CancellationToken cancellationToken) => Task.FromResult(_watermark);

        public Task SaveAsync(string poller, Watermark watermark, CancellationToken cancellationToken)
        {
            _watermark = watermark;
            return Task.CompletedTask;
        }
    }

    /// <summary>A feed of bare rows: version = (id, write_date), publishing means remembering the id.</summary>
    private sealed class RowFeed(FakeOdooTable odoo) : IDeltaFeed<JsonNode>
    {
        public List<int> Published { get; } = [];

        public async Task<IReadOnlyList<JsonNode>> ReadAsync(DeltaQuery<JsonNode> query, CancellationToken cancellationToken) =>
            await WriteDatePager.ReadAsync(odoo.SearchReadAsync, query.ChangedSince, query.After is { } a ? (a["write_date"]!.ToString(), a["id"]!.GetValue<int>()) : null, query.Limit);

        public DeltaKey KeyOf(JsonNode record) => new(record["id"]!.ToString(), OdooDateTime.Parse(record["write_date"]!.ToString()));

        public Task PublishAsync(IReadOnlyList<JsonNode> records, CancellationToken cancellationToken)
        {
            Published.AddRange(records.Select(r => r["id"]!.GetValue<int>()));
            return Task.CompletedTask;
        }
    }
}
