namespace Hub.Build.Processes;

/// <summary>Questions about the machine, kept behind an interface so the verbs can be tested anywhere.</summary>
public interface IHostEnvironment
{
    bool IsWindows { get; }

    bool IsRoot { get; }

    /// <summary>Full path of <paramref name="command"/> if it is an executable on PATH.</summary>
    string? FindOnPath(string command);

    bool IsProcessAlive(int pid);

    /// <summary>The command line of a running process where the OS tells it cheaply (Linux), otherwise null.</summary>
    string? GetCommandLine(int pid);

    /// <summary>Last resort for a process that ignored a polite stop request.</summary>
    void KillProcessTree(int pid);
}
