using Hub.Messaging.Processing;

namespace Hub.Cli.Trace;

/// <summary>
/// Reads a dedup marker value, "d&lt;epoch&gt;" (done) or "p&lt;epoch&gt;" (parked). Hub.Messaging.Redis's MarkerCodec does
/// the same but is internal to the connector side; this is the read-only copy of that one-letter format.
/// </summary>
public static class MarkerText
{
    public static (MarkerState State, long Epoch)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value[0] is not ('d' or 'p')
            || !long.TryParse(value.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var epoch))
        {
            return null;
        }

        return (value[0] == 'p' ? MarkerState.Parked : MarkerState.Done, epoch);
    }
}
