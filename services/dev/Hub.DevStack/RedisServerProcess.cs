using System.Diagnostics;

namespace Hub.DevStack;

/// <summary>
/// A private <c>redis-server</c> on a free 127.0.0.1 port with its own data directory. Every write is fsynced to
/// the append-only file, so <see cref="StopAsync"/> followed by <see cref="StartAsync"/> simulates an outage
/// without losing data.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private const int PortAttempts = 3;

    private const string InstallHint =
        "Install it (Debian/Ubuntu: 'sudo apt-get install -y redis-server'; macOS: 'brew install redis'), "
        + "or use an existing Redis (HUB_TEST_REDIS for tests, Redis__Configuration for the dev host).";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string executable;
    private readonly TimeSpan startupTimeout;
    private readonly TimeProvider time;
    private Process? process;
    private bool disposed;

    private RedisServerProcess(string executable, string dataDirectory, TimeSpan startupTimeout, TimeProvider time)
    {
        this.executable = executable;
        this.startupTimeout = startupTimeout;
        this.time = time;
        DataDirectory = dataDirectory;
    }

    public const string Host = "127.0.0.1";

    public int Port { get; private set; }

    /// <summary><c>127.0.0.1:port</c>, usable as a StackExchange.Redis configuration string.</summary>
    public string Endpoint => $"{Host}:{Port}";

    public string DataDirectory { get; }

    public bool IsRunning => process is { HasExited: false };

    public int? ProcessId => IsRunning ? process!.Id : null;

    /// <summary>Starts a new server and returns once it answers PING.</summary>
    /// <exception cref="FileNotFoundException">No redis-server was found.</exception>
    public static async Task<RedisServerProcess> StartNewAsync(
        string? executablePath = null,
        TimeSpan? startupTimeout = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        if (executablePath is not null && !File.Exists(executablePath))
        {
            throw new FileNotFoundException($"{executablePath} does not exist. {InstallHint}", executablePath);
        }

        var server = new RedisServerProcess(
            executablePath ?? FindExecutable(),
            Directory.CreateTempSubdirectory("hub-redis-").FullName,
            startupTimeout ?? TimeSpan.FromSeconds(15),
            timeProvider ?? TimeProvider.System);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                server.Port = FreePort.Next();
                try
                {
                    await server.StartAsync(cancellationToken);
                    return server;
                }
                catch (RedisStartException) when (attempt < PortAttempts)
                {
                    // Most likely another process took the port between FreePort and redis binding it.
                }
            }
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Locates redis-server on PATH or in /usr/bin.</summary>
    public static string FindExecutable()
    {
        var name = OperatingSystem.IsWindows() ? "redis-server.exe" : "redis-server";
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Append("/usr/local/bin");
        return dirs.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"redis-server was not found on PATH or in /usr/bin. {InstallHint}", name);
    }

    /// <summary>Starts the server again on the same port and data directory (after <see cref="StopAsync"/>).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (IsRunning)
            {
                return;
            }

            process?.Dispose();
            process = Process.Start(RedisCommandLine.Create(executable, Port, DataDirectory)) ?? throw new RedisStartException($"Could not start {executable}.");
            try
            {
                await RedisPing.WaitUntilReadyAsync(Host, Port, process, startupTimeout, time, cancellationToken);
            }
            catch (Exception ex) when (ex is RedisStartException or TimeoutException)
            {
                await KillAsync();
                throw new RedisStartException($"{ex.Message}{Environment.NewLine}{LogTail()}", ex);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Kills the server (no graceful shutdown, like a crash) and waits for it to exit.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await KillAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            await KillAsync();
            process?.Dispose();
            process = null;
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless and must not mask the test's own outcome.
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task KillAsync()
    {
        if (process is not { HasExited: false } running)
        {
            return;
        }

        running.Kill();
        await running.WaitForExitAsync();
    }

    private string LogTail()
    {
        var log = Path.Combine(DataDirectory, "redis.log");
        return File.Exists(log) ? string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(10)) : "(no redis log)";
    }
}
