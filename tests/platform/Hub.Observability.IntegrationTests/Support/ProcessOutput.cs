using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hub.Observability.IntegrationTests.Support;

/// <summary>Collects a child process's stdout and stderr so failures can show what it said.</summary>
public sealed class ProcessOutput
{
    private readonly ConcurrentQueue<string> _lines = new();

    public string Text => string.Join(Environment.NewLine, _lines);

    public static (Process Process, ProcessOutput Output) Start(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var output = new ProcessOutput();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start");
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
