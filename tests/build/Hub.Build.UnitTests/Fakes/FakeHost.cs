using Hub.Build.Processes;

namespace Hub.Build.UnitTests.Fakes;

/// <summary>A machine whose PATH and process table the test decides.</summary>
public sealed class FakeHost : IHostEnvironment
{
    public bool IsWindows { get; set; }

    public bool IsRoot { get; set; } = true;

    public HashSet<string> OnPath { get; } = ["redis-server", "apt-get", "dotnet", "promtool", "yamllint", "kubectl"];

    public HashSet<int> AlivePids { get; } = [];

    public Dictionary<int, string> CommandLines { get; } = [];

    public List<int> Killed { get; } = [];

    public string? FindOnPath(string command) => OnPath.Contains(command) ? $"/usr/bin/{command}" : null;

    public bool IsProcessAlive(int pid) => AlivePids.Contains(pid);

    public string? GetCommandLine(int pid) => CommandLines.GetValueOrDefault(pid);

    public void KillProcessTree(int pid)
    {
        Killed.Add(pid);
        AlivePids.Remove(pid);
    }
}
