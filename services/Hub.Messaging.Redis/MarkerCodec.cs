using Hub.Messaging.Processing;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>Marker values are "d{epoch}" (done) or "p{epoch}" (parked): short, and they say which replay epoch wrote them.</summary>
internal static class MarkerCodec
{
    public static RedisValue Encode(MarkerState state, long epoch) => (state == MarkerState.Parked ? "p" : "d") + epoch.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static MarkerState Decode(RedisValue value, long currentEpoch)
    {
        if (value.IsNullOrEmpty)
        {
            return MarkerState.None;
        }

        var text = value.ToString();
        if (!long.TryParse(text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var epoch) || epoch < currentEpoch)
        {
            return MarkerState.None;
        }

        return text[0] == 'p' ? MarkerState.Parked : MarkerState.Done;
    }
}
