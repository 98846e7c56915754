using System.Globalization;
using Hub.Messaging.Processing;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// Marker values are "d{epoch}" (done) or "p{epoch}" (parked): short, and they say which replay epoch wrote them.
/// Public so the operator CLI reads markers with the same code that writes them.
/// </summary>
public static class MarkerCodec
{
    public static RedisValue Encode(MarkerState state, long epoch) => (state == MarkerState.Parked ? "p" : "d") + epoch.ToString(CultureInfo.InvariantCulture);

    /// <summary>The marker's state as seen in <paramref name="currentEpoch"/>: one written in an earlier epoch counts as absent.</summary>
    public static MarkerState Decode(RedisValue value, long currentEpoch) =>
        Parse(value.IsNullOrEmpty ? null : value.ToString()) is { } marker && marker.Epoch >= currentEpoch ? marker.State : MarkerState.None;

    /// <returns>The state and epoch a marker value names; null when the value is not a marker.</returns>
    public static (MarkerState State, long Epoch)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value[0] is not ('d' or 'p')
            || !long.TryParse(value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return null;
        }

        return (value[0] == 'p' ? MarkerState.Parked : MarkerState.Done, epoch);
    }
}
