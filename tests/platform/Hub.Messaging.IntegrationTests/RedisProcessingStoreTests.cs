using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using Hub.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Hub.Messaging.IntegrationTests;

/// <summary>The Redis processing store against a real redis-server: markers, epochs, buckets, the commit script.</summary>
public sealed class RedisProcessingStoreTests(StackFixture stack) : IAsyncLifetime
{
    private static readonly PartitionRef Scope = new("orders", 3);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-23T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly string _prefix = $"store-{Guid.NewGuid():N}";
    private RedisConnectionProvider _connections = null!;
    private RedisProcessingStore _store = null!;
    private IOptions<RedisOptions> _options = null!;

    public ValueTask InitializeAsync()
    {
        _options = Options.Create(new RedisOptions { Configuration = stack.RedisConfiguration, KeyPrefix = _prefix, DedupTtl = TimeSpan.FromDays(14), CheckpointHistoryLength = 3 });
        _connections = new RedisConnectionProvider(_options);
        _store = new RedisProcessingStore(_connections, _options, _time);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _connections.DisposeAsync();

    [Fact]
    public async Task CommitThenLookup_Markers_ReadBackWithTheirStates()
    {
        var outcome = new BatchOutcome();
        outcome.Mark("e1", MarkerState.Done, 0);
        outcome.Mark("e2", MarkerState.Parked, 0);
        await _store.CommitAsync("g", outcome, default);

        var lookup = await _store.LookupAsync("g", ["e1", "e2", "e3"], Scope, [], default);

        lookup.Markers.Should().Equal(new Dictionary<string, MarkerState> { ["e1"] = MarkerState.Done, ["e2"] = MarkerState.Parked, ["e3"] = MarkerState.None });
        (await _store.LookupAsync("other-group", ["e1"], Scope, [], default)).MarkerOf("e1").Should().Be(MarkerState.None, "markers belong to one consumer group");
    }

    [Fact]
    public async Task Lookup_ParkedThenDoneInLaterBucket_NewestStateWins()
    {
        await CommitMarkerAsync("e1", MarkerState.Parked);
        _time.Advance(TimeSpan.FromDays(8));
        await CommitMarkerAsync("e1", MarkerState.Done);

        (await _store.LookupAsync("g", ["e1"], Scope, [], default)).MarkerOf("e1").Should().Be(MarkerState.Done);
    }

    [Fact]
    public async Task Lookup_MarkerOlderThanWindow_Forgotten()
    {
        await CommitMarkerAsync("e1", MarkerState.Done);

        _time.Advance(TimeSpan.FromDays(13));
        (await _store.LookupAsync("g", ["e1"], Scope, [], default)).MarkerOf("e1").Should().Be(MarkerState.Done, "a marker lives at least the dedup TTL");
        _time.Advance(TimeSpan.FromDays(9));
        (await _store.LookupAsync("g", ["e1"], Scope, [], default)).MarkerOf("e1").Should().Be(MarkerState.None, "and at most one and a half times it");
    }

    [Fact]
    public async Task Lookup_ReplayEpochBumped_OlderMarkersCountAsAbsent()
    {
        await CommitMarkerAsync("e1", MarkerState.Done);
        var db = (await _connections.GetAsync()).GetDatabase();
        await db.HashSetAsync($"{_prefix}:{{g}}:epochs", "orders:3", 1);

        var lookup = await _store.LookupAsync("g", ["e1"], Scope, [], default);

        lookup.ReplayEpoch.Should().Be(1);
        lookup.MarkerOf("e1").Should().Be(MarkerState.None);
    }

    [Fact]
    public async Task Commit_SameOutcomeTwice_ParkedCountIncrementedOnce()
    {
        var outcome = new BatchOutcome();
        outcome.ChangeParked(Scope, "customer-K", +1);

        await _store.CommitAsync("g", outcome, default);
        await _store.CommitAsync("g", outcome, default);

        (await _store.LookupAsync("g", [], Scope, ["customer-K"], default)).ParkedKeyCounts.Should().Equal(new Dictionary<string, long> { ["customer-K"] = 1 });
    }

    [Fact]
    public async Task Commit_ParkedCountBackToZero_KeyRemoved()
    {
        var park = new BatchOutcome();
        park.ChangeParked(Scope, "customer-K", +1);
        var release = new BatchOutcome();
        release.ChangeParked(Scope, "customer-K", -1);

        await _store.CommitAsync("g", park, default);
        await _store.CommitAsync("g", release, default);

        var db = (await _connections.GetAsync()).GetDatabase();
        (await db.HashLengthAsync($"{_prefix}:{{g}}:parked:orders:3")).Should().Be(0);
        (await _store.LookupAsync("g", [], Scope, ["customer-K"], default)).IsKeyParked("customer-K").Should().BeFalse();
    }

    [Fact]
    public async Task Commit_Checkpoints_LatestAndBoundedHistoryNewestFirst()
    {
        for (var offset = 10; offset < 15; offset++)
        {
            var outcome = new BatchOutcome();
            outcome.Advance(Scope, new Checkpoint(offset, _time.GetUtcNow().AddSeconds(-1), _time.GetUtcNow()));
            await _store.CommitAsync("g", outcome, default);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        (await _store.GetCheckpointAsync("g", Scope, default))!.Offset.Should().Be(14);
        (await _store.GetCheckpointHistoryAsync("g", Scope, 10, default)).Select(c => c.Offset).Should().Equal([14, 13, 12], "history is bounded to CheckpointHistoryLength");
    }

    [Fact]
    public async Task Commit_LargeBatch_AllMarkersWritten()
    {
        var outcome = new BatchOutcome();
        var ids = Enumerable.Range(0, 2_345).Select(i => $"e{i}").ToList();
        ids.ForEach(id => outcome.Mark(id, MarkerState.Done, 0));

        await _store.CommitAsync("g", outcome, default);

        (await _store.LookupAsync("g", ids, Scope, [], default)).Markers.Values.Should().AllBeEquivalentTo(MarkerState.Done);
    }

    private async Task CommitMarkerAsync(string eventId, MarkerState state)
    {
        var outcome = new BatchOutcome();
        outcome.Mark(eventId, state, 0);
        await _store.CommitAsync("g", outcome, default);
    }
}
