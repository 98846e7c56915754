namespace Hub.Build.DevStack;

/// <summary>Shared output of `up` and `down`: the endpoints of a running stack and the end of its log.</summary>
public static class DevStackPrinter
{
    public static void PrintEndpoints(TextWriter output, StackState state)
    {
        output.WriteLine($"dev stack is up (pid {state.Pid})");
        var shown = state.Values.Where(v => v.Key != "pid").ToList();
        var width = shown.Select(v => v.Key.Length).DefaultIfEmpty(0).Max();
        foreach (var (name, value) in shown)
        {
            output.WriteLine($"  {name.PadRight(width)}  {value}");
        }

        output.WriteLine($"log: {RepoLayout.StateDirName}/devhost.log; stop it with ./build.sh down");
    }

    public static void PrintLogTail(TextWriter output, string logFile, int lines = 30)
    {
        if (!File.Exists(logFile))
        {
            output.WriteLine($"(no log at {logFile})");
            return;
        }

        output.WriteLine($"last lines of {logFile}:");
        foreach (var line in File.ReadLines(logFile).TakeLast(lines))
        {
            output.WriteLine($"  | {line}");
        }
    }
}
