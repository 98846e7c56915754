using System.Net.Http.Json;
using Hub.Sandboxes;
using Xunit;

namespace Hub.Testing.Connectors;

/// <summary>
/// One connector's world for its integration tests, on a borrowed <see cref="ConnectorHub"/>: a run id, the run's
/// topics and consumer groups (created on the shared stack), the system's sandbox and then the connector as separate
/// processes on loopback ports, started with the shared and the connector's settings and waited for. Stopped in order:
/// further connector instances and the connector before the sandbox; the hub is left to its owner.
/// </summary>
public sealed partial class ConnectorStack : IAsyncDisposable
{
    private readonly ConnectorStackOptions _options;
    private readonly List<ConnectorProcess> _others = [];
    private ServiceProcess? _sandbox;
    private ConnectorProcess? _connector;

    private ConnectorStack(ConnectorHub hub, ConnectorStackOptions options)
    {
        Hub = hub;
        _options = options;
        Prefix = $"{options.System.ToLowerInvariant()}-{Id}";
    }

    /// <summary>Twelve hex digits no other run shares, for the test's own business keys too (<c>cust-{Id}</c>).</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The run's name (<c>shop-0123456789ab</c>): the connector's Redis key prefix and the start of its topic and group names.</summary>
    public string Prefix { get; }

    public ConnectorHub Hub { get; }

    public StackFixture Stack => Hub.Stack;

    /// <summary>The system's sandbox process.</summary>
    public ServiceProcess Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox is not started.");

    /// <summary>The connector process started with the run.</summary>
    public ConnectorProcess Connector => _connector ?? throw new InvalidOperationException("The connector is not started.");

    /// <summary>The sandbox's address, with nothing of a vendor's authentication.</summary>
    public HttpClient SandboxClient { get; private set; } = new();

    /// <summary>The connector's address (the same after a restart).</summary>
    public HttpClient ConnectorClient { get; private set; } = new();

    /// <summary>The sandbox's faults, request log and webhook statistics (Hub.Sandboxes).</summary>
    public SandboxControlClient Control { get; private set; } = null!;

    /// <summary>Every process's output (the other instances, the connector in all its lives, the sandbox), for failure messages.</summary>
    public string Output => string.Join(
        Environment.NewLine,
        _others.Append(_connector).OfType<ConnectorProcess>().Select(p => Section(p.Name, p.Output)).Append(Section(_sandbox?.Name ?? "the sandbox", _sandbox?.Output)));

    /// <summary>A topic of this run: <c>{Prefix}.{name}</c>.</summary>
    public string Topic(string name) => $"{Prefix}.{name}";

    /// <summary>A consumer group of this run: <c>{Prefix}.group.{name}</c>; its retry topic adds <c>.retry</c>, its dead letters <c>.dlq</c>.</summary>
    public string Group(string name) => $"{Prefix}.group.{name}";

    /// <summary>Creates a topic with the run's partition count (for topics a test adds; the declared ones exist already).</summary>
    public Task CreateTopicAsync(string topic) => Stack.CreateTopicAsync(topic, _options.Partitions);

    /// <param name="settings">Connector settings over the options' (Section__Key), e.g. a test's own intervals.</param>
    public static async Task<ConnectorStack> StartAsync(ConnectorHub hub, ConnectorStackOptions options, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(options);
        var run = new ConnectorStack(hub, options);
        try
        {
            await run.StartAsync(settings);
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    /// <summary>Eventually.UntilAsync; when it gives up, the message carries every process's output and the options' diagnostics.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        try
        {
            await Eventually.UntilAsync(condition, what, timeout ?? _options.WaitTimeout, cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            var more = _options.Diagnostics is { } diagnostics ? await diagnostics(this) : string.Empty;
            throw new TimeoutException($"{e.Message}{Environment.NewLine}{Exited()}{Output}{Environment.NewLine}{more}", e);
        }
    }

    /// <summary>Points the sandbox's webhooks at the connector's <paramref name="path"/>; null records them without sending.</summary>
    public async Task PointWebhooksAsync(string? path)
    {
        var target = path is null ? null : new Uri(Connector.Address, path);
        using var response = await SandboxClient.PutAsJsonAsync(SandboxPaths.WebhookTarget, new { url = target });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Another instance of the connector (the same sandbox, and the same groups and prefix unless <paramref name="changes"/>
    /// says otherwise), not yet started; stopped with the run.
    /// </summary>
    /// <param name="name">How to name it in messages; "the {System} connector #n" when null.</param>
    public ConnectorProcess AnotherConnector(IReadOnlyDictionary<string, string>? changes = null, string? name = null)
    {
        var settings = new Dictionary<string, string>(Connector.Settings);
        Apply(settings, changes ?? new Dictionary<string, string>());
        var other = new ConnectorProcess(name ?? $"the {_options.System} connector #{_others.Count + 2}", ServiceProcess.BuiltDll(ConnectorProject), settings, _options.ConnectorReadyPath, _options.StartTimeout);
        _others.Add(other);
        return other;
    }

    public async ValueTask DisposeAsync()
    {
        SandboxClient.Dispose();
        ConnectorClient.Dispose();
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }

        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }

    /// <summary>
    /// First in a failure message: which of the run's processes died (a test's own kill included) and how they ended,
    /// because a failure summary may show only the start of a long message.
    /// </summary>
    private string Exited()
    {
        var dead = _others.Append(_connector).OfType<ConnectorProcess>().Where(p => p.ExitCode is not null).Select(p => (p.Name, Code: p.ExitCode, p.Output))
            .Concat(_sandbox is { ExitCode: { } code } sandbox ? [(sandbox.Name, Code: (int?)code, sandbox.Output)] : [])
            .Select(p => $"!!! {p.Name} has exited with code {p.Code}; its last lines:{Environment.NewLine}{string.Join(Environment.NewLine, p.Output.Split(Environment.NewLine).TakeLast(15))}{Environment.NewLine}");
        return string.Concat(dead);
    }

    private static string Section(string name, string? output) => $"--- {name} ---{Environment.NewLine}{output}";

    private async Task StartAsync(IReadOnlyDictionary<string, string>? settings)
    {
        // Retry and dead-letter topics too, as topics.yaml declares them: a consumer subscribed before its topic
        // exists would see it only after its next metadata refresh.
        var groups = _options.Subscriptions.Select(s => Group(s.Name)).ToList();
        foreach (var topic in _options.Topics.Select(Topic).Concat(groups.Select(g => g + ".retry")).Concat(groups.Select(g => g + ".dlq")))
        {
            await CreateTopicAsync(topic);
        }

        _sandbox = ServiceProcess.StartDotnet($"the {_options.System} sandbox", ServiceProcess.BuiltDll(SandboxProject), SandboxSettings());
        await _sandbox.WaitForAsync("/health/live", $"the {_options.System} sandbox to listen", _options.StartTimeout);
        SandboxClient = new HttpClient { BaseAddress = _sandbox.BaseAddress };
        Control = new SandboxControlClient(SandboxClient);
        _connector = new ConnectorProcess($"the {_options.System} connector", ServiceProcess.BuiltDll(ConnectorProject), ConnectorSettings(settings), _options.ConnectorReadyPath, _options.StartTimeout);
        ConnectorClient = new HttpClient { BaseAddress = _connector.Address };
        await _connector.StartReadyAsync();
    }
}
