using System.Diagnostics;

namespace Hub.Build.Processes;

/// <summary>The real machine.</summary>
public sealed class HostEnvironment : IHostEnvironment
{
    public bool IsWindows => OperatingSystem.IsWindows();

    // On Unix Environment.UserName resolves the effective uid, which is what apt-get checks.
    public bool IsRoot => !IsWindows && Environment.UserName == "root";

    public string? FindOnPath(string command)
    {
        var names = IsWindows ? new[] { command + ".exe", command + ".cmd", command } : new[] { command };
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return dirs.SelectMany(dir => names.Select(name => Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }

    public bool IsProcessAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            // An orphan whose parent never reaps it stays a zombie (state Z) forever; it is not running.
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat))
            {
                return false;
            }

            try
            {
                var text = File.ReadAllText(stat);
                var state = text[(text.LastIndexOf(')') + 1)..].TrimStart();
                return state.Length > 0 && state[0] is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public string? GetCommandLine(int pid)
    {
        try
        {
            return OperatingSystem.IsLinux() ? File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void KillProcessTree(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // Already gone: that is what we wanted.
        }
    }
}
