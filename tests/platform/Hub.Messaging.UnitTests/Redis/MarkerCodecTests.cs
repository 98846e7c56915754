using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using StackExchange.Redis;

namespace Hub.Messaging.UnitTests.Redis;

/// <summary>The one reader and writer of dedup marker values, used by the connectors and the operator CLI.</summary>
public sealed class MarkerCodecTests
{
    [Theory]
    [InlineData("d0", MarkerState.Done, 0)]
    [InlineData("p3", MarkerState.Parked, 3)]
    [InlineData("d12", MarkerState.Done, 12)]
    public void Parse_Marker_StateAndEpoch(string value, MarkerState state, long epoch) =>
        MarkerCodec.Parse(value).Should().Be((state, epoch));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x1")]
    [InlineData("d")]
    [InlineData("d-1")]
    public void Parse_NotAMarker_Null(string? value) => MarkerCodec.Parse(value).Should().BeNull();

    [Theory]
    [InlineData(MarkerState.Done, 4)]
    [InlineData(MarkerState.Parked, 0)]
    public void Encode_ThenParse_RoundTrips(MarkerState state, long epoch) =>
        MarkerCodec.Parse(MarkerCodec.Encode(state, epoch).ToString()).Should().Be((state, epoch));

    [Fact]
    public void Decode_OlderEpoch_None() => MarkerCodec.Decode("d1", currentEpoch: 2).Should().Be(MarkerState.None);

    [Fact]
    public void Decode_CurrentOrNewerEpoch_State()
    {
        MarkerCodec.Decode("p2", currentEpoch: 2).Should().Be(MarkerState.Parked);
        MarkerCodec.Decode("d3", currentEpoch: 2).Should().Be(MarkerState.Done);
    }

    [Fact]
    public void Decode_Missing_None() => MarkerCodec.Decode(RedisValue.Null, currentEpoch: 0).Should().Be(MarkerState.None);
}
