using System.Globalization;

namespace Hub.Benchmarks;

/// <summary>
/// Command-line settings of the load program: --events, --partitions, --payload, --rate, --seconds, --batch, --rounds,
/// --rates (latency runs, e.g. 1000,5000,max), --partition-counts (scaling), --instances (scaling), --env (connectors:
/// settings for every started service, e.g. "DOTNET_gcServer=0;Kafka__Producer__linger.ms=1").
/// </summary>
public sealed record BenchSettings(int Events, int Partitions, int PayloadBytes, int Rate, int Seconds, int BatchSize, int Rounds)
{
    /// <summary>Paced rates of the latency runs; "max" is the median pipeline rate measured in the same run.</summary>
    public IReadOnlyList<string> Rates { get; init; } = ["1000", "5000", "max"];

    public IReadOnlyList<int> PartitionCounts { get; init; } = [1, 2, 4, 8];

    public int Instances { get; init; } = 3;

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, $"--{name}");
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int Get(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var settings = new BenchSettings(Get("events", 100_000), Get("partitions", 6), Get("payload", 1024), Get("rate", 5000), Get("seconds", 10), Get("batch", 500), Get("rounds", 3))
        {
            Instances = Get("instances", 3),
        };
        if (Value("rates") is { } rates)
        {
            settings = settings with { Rates = rates.Split(',', StringSplitOptions.RemoveEmptyEntries) };
        }

        if (Value("env") is { } environment)
        {
            settings = settings with
            {
                Environment = environment.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : string.Empty),
            };
        }

        if (Value("partition-counts") is { } counts)
        {
            settings = settings with { PartitionCounts = counts.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() };
        }

        return settings;
    }
}
