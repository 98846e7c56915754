using System.Globalization;
using Hub.Messaging.Processing;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

internal static class CheckpointCodec
{
    private static readonly RedisValue OffsetField = "offset";
    private static readonly RedisValue EventTimeField = "eventTimeMs";
    private static readonly RedisValue ProcessedField = "processedMs";

    public static HashEntry[] ToHash(Checkpoint checkpoint) =>
    [
        new(OffsetField, checkpoint.Offset),
        new(EventTimeField, checkpoint.EventTime.ToUnixTimeMilliseconds()),
        new(ProcessedField, checkpoint.ProcessedAt.ToUnixTimeMilliseconds()),
    ];

    public static Checkpoint? FromHash(HashEntry[] entries)
    {
        if (entries.Length == 0)
        {
            return null;
        }

        var map = entries.ToDictionary(e => e.Name, e => (long)e.Value);
        return new Checkpoint(
            map[OffsetField],
            DateTimeOffset.FromUnixTimeMilliseconds(map[EventTimeField]),
            DateTimeOffset.FromUnixTimeMilliseconds(map[ProcessedField]));
    }

    public static RedisValue ToHistoryEntry(Checkpoint c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Offset}|{c.EventTime.ToUnixTimeMilliseconds()}|{c.ProcessedAt.ToUnixTimeMilliseconds()}");

    public static Checkpoint FromHistoryEntry(RedisValue value)
    {
        var parts = value.ToString().Split('|');
        return new Checkpoint(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[1], CultureInfo.InvariantCulture)),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[2], CultureInfo.InvariantCulture)));
    }
}
