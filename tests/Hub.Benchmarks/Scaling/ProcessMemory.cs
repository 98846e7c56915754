using System.Globalization;

namespace Hub.Benchmarks.Scaling;

/// <summary>Resident set size of a process, read from /proc (Linux), in MiB; null when it cannot be read.</summary>
public static class ProcessMemory
{
    public static double? RssMiB(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            // "VmRSS:     123456 kB"
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
