using System.Diagnostics;
using System.Text;
using Hub.DevStack;
using Hub.Testing;

namespace Hub.DevStack.IntegrationTests;

/// <summary>The built Hub.DevHost run as a separate process, the way developers and other services use it.</summary>
internal sealed class DevHostProcess : IAsyncDisposable
{
    private readonly StringBuilder output = new();

    private DevHostProcess(Process process, string stateDirectory)
    {
        Process = process;
        StateDirectory = stateDirectory;
    }

    public Process Process { get; }

    public string StateDirectory { get; }

    public string StateFile => Path.Combine(StateDirectory, DevStackStateFile.FileName);

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static DevHostProcess Start(IDictionary<string, string>? environment = null)
    {
        var dll = RepositoryRoot.Combine("artifacts", "bin", "Hub.DevHost", "debug", "Hub.DevHost.dll");
        File.Exists(dll).Should().BeTrue($"the DevHost is built to {dll}");
        var stateDirectory = Directory.CreateTempSubdirectory("hub-devhost-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--state-dir");
        info.ArgumentList.Add(stateDirectory);
        info.Environment.Remove("Kafka__BootstrapServers");
        info.Environment.Remove("Redis__Configuration");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        var host = new DevHostProcess(process, stateDirectory);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async Task<DevStackState> WaitForStateAsync()
    {
        DevStackState? state = null;
        await Eventually.UntilAsync(
            async () => Process.HasExited || (state = await DevStackStateFile.ReadAsync(StateFile)) is not null,
            $"the dev host to write {StateFile}",
            TimeSpan.FromSeconds(60));
        Process.HasExited.Should().BeFalse($"the dev host should keep running; its output was:{Environment.NewLine}{Output}");
        return state!;
    }

    /// <summary>Asks the host to shut down the way a service manager or Ctrl+C does.</summary>
    public void Terminate() => ProcessSignals.Terminate(Process);

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
        Directory.Delete(StateDirectory, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
