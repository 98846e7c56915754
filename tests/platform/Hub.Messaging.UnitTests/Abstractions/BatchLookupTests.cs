using Hub.Messaging.Processing;

namespace Hub.Messaging.UnitTests.Abstractions;

public sealed class BatchLookupTests
{
    private static readonly BatchLookup Lookup = new(
        new Dictionary<string, MarkerState> { ["done"] = MarkerState.Done, ["parked"] = MarkerState.Parked, ["none"] = MarkerState.None },
        new Dictionary<string, long> { ["waiting"] = 2, ["released"] = 0, ["negative"] = -1 },
        ReplayEpoch: 4);

    [Theory]
    [InlineData("done", MarkerState.Done)]
    [InlineData("parked", MarkerState.Parked)]
    [InlineData("none", MarkerState.None)]
    [InlineData("unknown", MarkerState.None)]
    public void MarkerOf_EventId_StoredStateOrNone(string eventId, MarkerState expected) =>
        Lookup.MarkerOf(eventId).Should().Be(expected);

    [Theory]
    [InlineData("waiting", true)]
    [InlineData("released", false)]
    [InlineData("negative", false)]
    [InlineData("unknown", false)]
    public void IsKeyParked_Key_TrueOnlyForPositiveCounts(string key, bool expected) =>
        Lookup.IsKeyParked(key).Should().Be(expected);

    [Fact]
    public void Empty_Always_NothingKnownAndEpochZero()
    {
        BatchLookup.Empty.ReplayEpoch.Should().Be(0);
        BatchLookup.Empty.MarkerOf("e1").Should().Be(MarkerState.None);
        BatchLookup.Empty.IsKeyParked("k").Should().BeFalse();
    }
}
