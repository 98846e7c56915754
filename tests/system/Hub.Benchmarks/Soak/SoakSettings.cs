using System.Globalization;

namespace Hub.Benchmarks.Soak;

/// <summary>bench soak [--minutes N] [--rate EVENTS_PER_S] [--instances N] [--fault-every SECONDS]</summary>
public sealed record SoakSettings(double Minutes, int Rate, int Instances, int FaultEverySeconds)
{
    public static SoakSettings Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, $"--{name}");
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        return new SoakSettings(
            double.Parse(Value("minutes") ?? "3", CultureInfo.InvariantCulture),
            int.Parse(Value("rate") ?? "300", CultureInfo.InvariantCulture),
            int.Parse(Value("instances") ?? "2", CultureInfo.InvariantCulture),
            int.Parse(Value("fault-every") ?? "20", CultureInfo.InvariantCulture));
    }
}
