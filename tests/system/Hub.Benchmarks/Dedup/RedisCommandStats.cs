using System.Globalization;
using StackExchange.Redis;

namespace Hub.Benchmarks.Dedup;

/// <summary>Server-side command counts from INFO commandstats, to count what every client sent, not just the pipeline.</summary>
public sealed record RedisCommandStats(IReadOnlyDictionary<string, long> Calls)
{
    public long Total => Calls.Values.Sum();

    public static async Task<RedisCommandStats> ReadAsync(string endpoint)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"{endpoint},allowAdmin=true");
        var info = await redis.GetServer(endpoint).InfoRawAsync("commandstats") ?? "";
        // Lines look like "cmdstat_evalsha:calls=12,usec=345,usec_per_call=28.75,...".
        var calls = info.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("cmdstat_", StringComparison.Ordinal))
            .Select(line => (Name: line["cmdstat_".Length..line.IndexOf(':', StringComparison.Ordinal)], Fields: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]))
            .ToDictionary(c => c.Name, c => long.Parse(c.Fields.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture));
        return new RedisCommandStats(calls);
    }

    /// <summary>What happened between <paramref name="before"/> and this snapshot, without the INFO calls themselves.</summary>
    public RedisCommandStats Since(RedisCommandStats before) => new(
        Calls.Where(c => c.Key is not "info" and not "client" and not "config")
            .Select(c => (c.Key, Delta: c.Value - before.Calls.GetValueOrDefault(c.Key)))
            .Where(c => c.Delta > 0)
            .ToDictionary(c => c.Key, c => c.Delta));
}
