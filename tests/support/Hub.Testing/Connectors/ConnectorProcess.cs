using System.Diagnostics;
using Hub.DevStack;

namespace Hub.Testing.Connectors;

/// <summary>
/// A connector service a test runs, stopped, killed and started again by its own handle: one loopback address and one
/// set of settings across its lives (a restart may change the settings), and the output of all of them.
/// </summary>
public sealed class ConnectorProcess : IAsyncDisposable
{
    private readonly string _dll;
    private readonly string _readyPath;
    private readonly TimeSpan _startTimeout;
    private readonly List<string> _earlierOutput = [];
    private readonly Dictionary<string, string> _settings;
    private ServiceProcess? _current;

    internal ConnectorProcess(string name, string dll, IReadOnlyDictionary<string, string> settings, string readyPath, TimeSpan startTimeout)
    {
        Name = name;
        _dll = dll;
        _settings = new Dictionary<string, string>(settings);
        _readyPath = readyPath;
        _startTimeout = startTimeout;
    }

    public string Name { get; }

    /// <summary>Where it listens, the same after a restart (senders and the sandbox's webhooks keep their target).</summary>
    public Uri Address { get; } = DotnetServiceProcess.LoopbackAddress();

    /// <summary>The settings its current (or next) life runs with.</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    public int ProcessId => Current.ProcessId;

    public bool IsRunning => _current is { HasExited: false };

    /// <summary>The exit code of its current life once that has ended without <see cref="StopAsync"/> (a crash or a kill); null otherwise.</summary>
    public int? ExitCode => _current?.ExitCode;

    /// <summary>What every life of the process wrote, oldest first.</summary>
    public string Output => string.Join(Environment.NewLine, _earlierOutput.Append(_current?.Output ?? string.Empty));

    private ServiceProcess Current => _current ?? throw new InvalidOperationException($"{Name} is not started.");

    /// <summary>Starts the process and returns at once; <see cref="WaitUntilReadyAsync"/> waits for it.</summary>
    public void Start()
    {
        if (_current is not null)
        {
            throw new InvalidOperationException($"{Name} is already started.");
        }

        _current = ServiceProcess.StartDotnet(Name, _dll, _settings, Address);
    }

    /// <summary>Starts the process and waits until it answers on its ready path.</summary>
    public async Task StartReadyAsync()
    {
        Start();
        await WaitUntilReadyAsync();
    }

    /// <summary>SIGTERM, as a service manager stops it (a kill only if that hangs); the output is kept.</summary>
    public async Task StopAsync()
    {
        if (_current is { } process)
        {
            _current = null;
            await process.DisposeAsync();
            _earlierOutput.Add(process.Output);
        }
    }

    /// <summary>kill -9: no shutdown hooks, no release of claims, no leaving the consumer group.</summary>
    public void Kill() => Current.Kill();

    /// <summary>Stops the process (if it still runs) and starts it again on the same address, with <paramref name="changes"/> applied to its settings.</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string>? changes = null)
    {
        await StopAsync();
        foreach (var (key, value) in changes ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        Start();
    }

    /// <summary>Polls the connector's ready path until it answers 200.</summary>
    public Task WaitUntilReadyAsync() => WaitUntilAsync(_readyPath);

    /// <summary>Polls <paramref name="path"/> until it answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> WaitUntilAsync(string path, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        await Current.WaitForAsync(path, $"{Name} to answer on {path}", timeout ?? _startTimeout);
        return clock.Elapsed;
    }

    /// <summary>Probes <paramref name="path"/> once: true for 200.</summary>
    public Task<bool> ProbeAsync(string path) => Current.ProbeAsync(path);

    public async ValueTask DisposeAsync() => await StopAsync();
}
