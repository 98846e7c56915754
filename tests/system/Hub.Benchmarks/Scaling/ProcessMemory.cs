using System.Globalization;

namespace Hub.Benchmarks.Scaling;

/// <summary>Resident set size of a process, read from /proc (Linux), in MiB; null when it cannot be read.</summary>
public static class ProcessMemory
{
    public static double? RssMiB(int processId) => StatusMiB(processId, "VmRSS");

    /// <summary>
    /// What the resident set is made of: private anonymous memory (GC heap, native buffers, stacks), file-backed pages
    /// (the mapped framework and application assemblies, shared with every other .NET process) and shared memory (the
    /// JIT's double-mapped code), in MiB.
    /// </summary>
    public static string Breakdown(int processId) => string.Create(CultureInfo.InvariantCulture,
        $"anonymous {StatusMiB(processId, "RssAnon"):F0} MiB, file-backed {StatusMiB(processId, "RssFile"):F0} MiB, shared memory {StatusMiB(processId, "RssShmem"):F0} MiB");

    private static double? StatusMiB(int processId, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            // "VmRSS:     123456 kB"
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
