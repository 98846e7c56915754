using System.Diagnostics;
using System.Globalization;
using Hub.DevStack;

namespace Hub.Testing;

/// <summary>
/// A private three-master Redis Cluster (no replicas) on free 127.0.0.1 ports: three <c>redis-server</c> processes in
/// cluster mode, joined by <c>redis-cli --cluster create</c>, ready once every node reports <c>cluster_state:ok</c>.
/// Disposing kills the processes by their own handles and removes the temp directory.
/// </summary>
public sealed class RedisClusterProcesses : IAsyncDisposable
{
    public const int MasterCount = 3;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly List<Process> processes = [];
    private readonly string directory = Directory.CreateTempSubdirectory("hub-redis-cluster-").FullName;
    private readonly List<int> ports = [];

    private RedisClusterProcesses()
    {
    }

    /// <summary>The three nodes, comma-separated: a StackExchange.Redis configuration string.</summary>
    public string Configuration => string.Join(',', ports.Select(Endpoint));

    public static async Task<RedisClusterProcesses> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var cluster = new RedisClusterProcesses();
        try
        {
            for (var i = 0; i < MasterCount; i++)
            {
                await cluster.StartNodeAsync(cancellationToken);
            }

            await cluster.CreateAsync(cancellationToken);
            await cluster.WaitUntilOkAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        processes.Clear();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless and must not mask the test's own outcome.
        }
    }

    private static string Endpoint(int port) => $"{RedisServerProcess.Host}:{port.ToString(CultureInfo.InvariantCulture)}";

    private static string RedisCli() =>
        ExternalTool.Find("redis-cli") ?? (File.Exists("/usr/bin/redis-cli") ? "/usr/bin/redis-cli"
            : throw new FileNotFoundException("redis-cli was not found on PATH; it comes with the Debian package redis-server (or redis-tools)."));

    private async Task StartNodeAsync(CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var process = Process.Start(NodeCommandLine(port)) ?? throw new InvalidOperationException("redis-server did not start");
            processes.Add(process);
            if (await WaitForPingAsync(process, port, cancellationToken))
            {
                ports.Add(port);
                return;
            }

            // Most likely another process took the port between FreePort and redis binding it.
            processes.Remove(process);
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync(cancellationToken);
            }

            process.Dispose();
            if (attempt == attempts)
            {
                throw new InvalidOperationException($"redis-server in cluster mode did not start on port {port}: {LogTail(port)}");
            }
        }
    }

    private ProcessStartInfo NodeCommandLine(int port)
    {
        var info = new ProcessStartInfo(RedisServerProcess.FindExecutable()) { UseShellExecute = false, WorkingDirectory = directory };
        var portText = port.ToString(CultureInfo.InvariantCulture);
        string[] args =
        [
            "--port", portText,
            "--bind", RedisServerProcess.Host,
            "--protected-mode", "yes",
            "--cluster-enabled", "yes",
            "--cluster-config-file", Path.Combine(directory, $"nodes-{portText}.conf"),
            "--dir", directory,
            "--save", "",
            "--appendonly", "no",
            "--daemonize", "no",
            "--logfile", Path.Combine(directory, $"redis-{portText}.log"),
        ];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private static async Task<bool> WaitForPingAsync(Process process, int port, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (process.HasExited)
            {
                return false;
            }

            var (exit, output) = await ExternalTool.RunAsync(RedisCli(), ["-h", RedisServerProcess.Host, "-p", port.ToString(CultureInfo.InvariantCulture), "PING"], timeout: TimeSpan.FromSeconds(5));
            if (exit == 0 && output.Contains("PONG", StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(50, cancellationToken);
        }

        return false;
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (exit, output) = await ExternalTool.RunAsync(
            RedisCli(), ["--cluster", "create", .. ports.Select(Endpoint), "--cluster-replicas", "0", "--cluster-yes"], directory, TimeSpan.FromSeconds(60));
        if (exit != 0)
        {
            throw new InvalidOperationException($"redis-cli --cluster create failed with exit code {exit}:{Environment.NewLine}{output}");
        }
    }

    private async Task WaitUntilOkAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var lastInfo = "";
        while (deadline.Elapsed < ReadyTimeout)
        {
            var allOk = true;
            foreach (var port in ports)
            {
                var (_, output) = await ExternalTool.RunAsync(RedisCli(), ["-h", RedisServerProcess.Host, "-p", port.ToString(CultureInfo.InvariantCulture), "CLUSTER", "INFO"], timeout: TimeSpan.FromSeconds(5));
                if (!output.Contains("cluster_state:ok", StringComparison.Ordinal))
                {
                    (allOk, lastInfo) = (false, $"{Endpoint(port)}: {output}");
                    break;
                }
            }

            if (allOk)
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"the Redis Cluster did not reach cluster_state:ok within {ReadyTimeout.TotalSeconds:0} s; last: {lastInfo}");
    }

    private string LogTail(int port)
    {
        var log = Path.Combine(directory, $"redis-{port.ToString(CultureInfo.InvariantCulture)}.log");
        return File.Exists(log) ? string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(10)) : "(no redis log)";
    }
}
