using System.Globalization;
using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using StackExchange.Redis;

namespace Hub.Messaging.UnitTests.Redis;

/// <summary>
/// Error mapping and reply decoding against substituted StackExchange.Redis interfaces. Marker and commit
/// semantics (buckets, epochs, the commit script) are tested against a real redis-server in
/// Hub.Messaging.IntegrationTests.RedisProcessingStoreTests.
/// </summary>
public sealed class RedisProcessingStoreTests
{
    private const string Group = "billing";
    private static readonly PartitionRef Scope = new("orders", 3);
    private static readonly DateTimeOffset EventTime = DateTimeOffset.FromUnixTimeMilliseconds(1_740_000_000_000);
    private static readonly DateTimeOffset ProcessedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_740_000_060_000);

    private readonly IRedisConnectionProvider _connections = Substitute.For<IRedisConnectionProvider>();
    private readonly IDatabase _db = Substitute.For<IDatabase>();
    private readonly IBatch _batch = Substitute.For<IBatch>();
    private readonly RedisProcessingStore _store;

    public RedisProcessingStoreTests()
    {
        var multiplexer = Substitute.For<IConnectionMultiplexer>();
        multiplexer.GetDatabase(Arg.Any<int>(), Arg.Any<object?>()).Returns(_db);
        _connections.GetAsync().Returns(multiplexer);
        _db.CreateBatch(Arg.Any<object?>()).Returns(_batch);
        _store = new RedisProcessingStore(_connections, Options.Create(new RedisOptions { Configuration = "unused:6379", KeyPrefix = "test" }));
    }

    [Fact]
    public async Task LookupAsync_ParkedCounts_OnlyKeysThatWait()
    {
        ReplyEpoch(0);
        ReplyMarkers();
        ReplyParked(2, RedisValue.Null);

        var lookup = await _store.LookupAsync(Group, [], Scope, ["customer-K", "customer-L"], CancellationToken.None);

        lookup.ParkedKeyCounts.Should().Equal(new Dictionary<string, long> { ["customer-K"] = 2 });
        lookup.IsKeyParked("customer-K").Should().BeTrue();
        lookup.IsKeyParked("customer-L").Should().BeFalse();
    }

    [Fact]
    public async Task LookupAsync_NoIdsNoKeys_OnlyEpochRead()
    {
        ReplyEpoch(5);

        var lookup = await _store.LookupAsync(Group, [], Scope, [], CancellationToken.None);

        lookup.ReplayEpoch.Should().Be(5);
        _ = _batch.DidNotReceiveWithAnyArgs().StringGetAsync(default(RedisKey[])!, default);
        _ = _batch.DidNotReceiveWithAnyArgs().HashGetAsync(default, default(RedisValue[])!, default);
    }

    [Fact]
    public async Task LookupAsync_RedisTimesOut_ProcessingStoreUnavailable()
    {
        _batch.HashGetAsync(Arg.Any<RedisKey>(), Arg.Any<RedisValue>(), Arg.Any<CommandFlags>())
            .Returns(Task.FromException<RedisValue>(new RedisTimeoutException(CommandFlags.None, "timed out", CommandStatus.Sent)));

        var act = () => _store.LookupAsync(Group, [], Scope, [], CancellationToken.None);

        (await act.Should().ThrowAsync<ProcessingStoreUnavailableException>()).WithInnerException<RedisTimeoutException>();
    }

    [Fact]
    public async Task GetCheckpointAsync_StoredHash_DecodedCheckpoint()
    {
        _db.HashGetAllAsync((RedisKey)"test:{billing}:ckpt:orders:3", Arg.Any<CommandFlags>()).Returns(
        [
            new HashEntry("offset", 42),
            new HashEntry("eventTimeMs", EventTime.ToUnixTimeMilliseconds()),
            new HashEntry("processedMs", ProcessedAt.ToUnixTimeMilliseconds()),
        ]);

        var checkpoint = await _store.GetCheckpointAsync(Group, Scope, CancellationToken.None);

        checkpoint.Should().Be(new Checkpoint(42, EventTime, ProcessedAt));
    }

    [Fact]
    public async Task GetCheckpointAsync_NothingStored_Null()
    {
        _db.HashGetAllAsync(Arg.Any<RedisKey>(), Arg.Any<CommandFlags>()).Returns(Array.Empty<HashEntry>());

        (await _store.GetCheckpointAsync(Group, Scope, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task GetCheckpointAsync_ConnectionLost_ProcessingStoreUnavailable()
    {
        _db.HashGetAllAsync(Arg.Any<RedisKey>(), Arg.Any<CommandFlags>())
            .ThrowsAsync(new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, "socket closed", null, CommandStatus.Sent));

        var act = () => _store.GetCheckpointAsync(Group, Scope, CancellationToken.None);

        await act.Should().ThrowAsync<ProcessingStoreUnavailableException>();
    }

    [Fact]
    public async Task GetCheckpointHistoryAsync_StoredEntries_DecodedNewestFirst()
    {
        _db.ListRangeAsync((RedisKey)"test:{billing}:ckpth:orders:3", 0, 1, Arg.Any<CommandFlags>()).Returns(
        [
            HistoryEntry(12, EventTime.AddSeconds(2), ProcessedAt.AddSeconds(2)),
            HistoryEntry(11, EventTime, ProcessedAt),
        ]);

        var history = await _store.GetCheckpointHistoryAsync(Group, Scope, 2, CancellationToken.None);

        history.Should().Equal(new Checkpoint(12, EventTime.AddSeconds(2), ProcessedAt.AddSeconds(2)), new Checkpoint(11, EventTime, ProcessedAt));
    }

    [Fact]
    public async Task CommitAsync_EmptyOutcome_RedisNotContacted()
    {
        await _store.CommitAsync(Group, new BatchOutcome(), CancellationToken.None);

        await _connections.DidNotReceive().GetAsync();
    }

    [Fact]
    public async Task PingAsync_RedisAnswers_True()
    {
        _db.PingAsync(Arg.Any<CommandFlags>()).Returns(TimeSpan.FromMilliseconds(1));

        (await _store.PingAsync(CancellationToken.None)).Should().BeTrue();
    }

    [Fact]
    public async Task PingAsync_RedisFails_False()
    {
        _db.PingAsync(Arg.Any<CommandFlags>()).ThrowsAsync(new RedisConnectionException(ConnectionFailureType.UnableToConnect, CommandFlags.None, "refused", null, CommandStatus.Unknown));

        (await _store.PingAsync(CancellationToken.None)).Should().BeFalse();
    }

    [Fact]
    public async Task PingAsync_NoConnection_False()
    {
        _connections.GetAsync().ThrowsAsync(new ProcessingStoreUnavailableException("cannot connect"));

        (await _store.PingAsync(CancellationToken.None)).Should().BeFalse();
    }

    private static RedisValue HistoryEntry(long offset, DateTimeOffset eventTime, DateTimeOffset processedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{offset}|{eventTime.ToUnixTimeMilliseconds()}|{processedAt.ToUnixTimeMilliseconds()}");

    /// <summary>Every key and value handed to the database, whether as plain commands or as script keys and arguments.</summary>
    private static List<string> ArgumentsSentTo(IDatabase db)
    {
        var seen = new List<string>();
        foreach (var call in db.ReceivedCalls())
        {
            foreach (var argument in call.GetArguments())
            {
                Flatten(argument, seen);
            }

        }

        return seen;
    }

    private static void Flatten(object? argument, List<string> seen)
    {
        switch (argument)
        {
            case RedisKey key:
                seen.Add(key.ToString());
                break;
            case RedisValue value:
                seen.Add(value.ToString());
                break;
            case HashEntry entry:
                seen.Add(entry.Name.ToString());
                seen.Add(entry.Value.ToString());
                break;
            case string text:
                seen.Add(text);
                break;
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    Flatten(item, seen);
                }

                break;
        }
    }

    private void ReplyEpoch(long? epoch) =>
        _batch.HashGetAsync(Arg.Any<RedisKey>(), Arg.Any<RedisValue>(), Arg.Any<CommandFlags>())
            .Returns(epoch is { } e ? (RedisValue)e : RedisValue.Null);

    private void ReplyMarkers(params RedisValue[] values) =>
        _batch.StringGetAsync(Arg.Any<RedisKey[]>(), Arg.Any<CommandFlags>()).Returns(values);

    private void ReplyParked(params RedisValue[] values) =>
        _batch.HashGetAsync(Arg.Any<RedisKey>(), Arg.Any<RedisValue[]>(), Arg.Any<CommandFlags>()).Returns(values);
}
