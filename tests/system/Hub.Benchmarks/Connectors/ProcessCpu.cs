using System.Globalization;

namespace Hub.Benchmarks.Connectors;

/// <summary>
/// CPU time each process used (user + system, from /proc/&lt;pid&gt;/stat) between two readings: where the two shared
/// cores went during a phase.
/// </summary>
public sealed class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly IReadOnlyDictionary<string, int> _processes;
    private readonly Dictionary<string, double> _start;

    private ProcessCpu(IReadOnlyDictionary<string, int> processes)
    {
        _processes = processes;
        _start = processes.ToDictionary(p => p.Key, p => Seconds(p.Value), StringComparer.Ordinal);
    }

    public static ProcessCpu Start(IReadOnlyDictionary<string, int> processes) => new(processes);

    /// <summary>CPU seconds per process since <see cref="Start"/>.</summary>
    public IReadOnlyDictionary<string, double> Used() =>
        _processes.ToDictionary(p => p.Key, p => Seconds(p.Value) - _start[p.Key], StringComparer.Ordinal);

    private static double Seconds(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // Fields after the ")" closing the command name: state is field 3, utime 14, stime 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
