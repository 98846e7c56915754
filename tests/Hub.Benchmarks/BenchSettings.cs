using System.Globalization;

namespace Hub.Benchmarks;

/// <summary>Command-line settings of the pipeline load program: --events, --partitions, --payload, --rate, --seconds, --batch, --rounds.</summary>
public sealed record BenchSettings(int Events, int Partitions, int PayloadBytes, int Rate, int Seconds, int BatchSize, int Rounds)
{
    public static BenchSettings Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var index = Array.IndexOf(args, $"--{name}");
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new BenchSettings(Get("events", 100_000), Get("partitions", 6), Get("payload", 1024), Get("rate", 5000), Get("seconds", 10), Get("batch", 500), Get("rounds", 3));
    }
}
