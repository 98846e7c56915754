using Hub.DevStack;
using Hub.Identity;
using Hub.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.EndToEnd.IntegrationTests;

/// <summary>
/// The platform as the demo runs it (HubPlatform): five sandboxes and five connectors as processes on the shared
/// embedded stack, a registry, and an OTLP collector stand-in receiving every connector's spans. Retries and polls use
/// FastTimings, so an outage test takes seconds, not minutes.
/// </summary>
public sealed class PlatformFixture(StackFixture stack) : IAsyncLifetime
{
    private readonly string _legacyFolder = Directory.CreateTempSubdirectory("hub-e2e-legacy-").FullName;
    private SchemaRegistryProcess? _registry;
    private PlatformProcesses? _platform;
    private ConnectionMultiplexer? _redis;

    public string KeyPrefix { get; } = $"e2e-{Guid.NewGuid():N}";

    public StackFixture Stack => stack;

    public OtlpReceiver Traces { get; private set; } = null!;

    public PlatformProcesses Platform => _platform ?? throw new InvalidOperationException("The platform is not started.");

    public string LegacyFolder(string name) => Path.Combine(_legacyFolder, name);

    public HttpClient Client(string service) => new() { BaseAddress = Platform.Addresses[service], Timeout = TimeSpan.FromSeconds(10) };

    public ConflictStore Conflicts { get; private set; } = null!;

    /// <summary>Every service's recent output, for failure messages.</summary>
    public string Diagnostics() => string.Join(Environment.NewLine, Platform.Services.Select(s => $"--- {s.Name}{Environment.NewLine}{Tail(s.Output)}"));

    public async ValueTask InitializeAsync()
    {
        Traces = await OtlpReceiver.StartAsync();
        _registry = await SchemaRegistryProcess.StartReadyAsync(stack, "e2e");

        var settings = new HubPlatformSettings
        {
            BootstrapServers = stack.BootstrapServers,
            RedisConfiguration = stack.RedisConfiguration,
            SchemaRegistry = _registry.BaseAddress,
            KeyPrefix = KeyPrefix,
            LegacyFolder = _legacyFolder,
            LogLevel = "Information",
            Everywhere = new Dictionary<string, string>(stack.KafkaSettings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value))
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Traces.HttpEndpoint.ToString(),
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_TRACES_SAMPLER"] = "parentbased_always_on",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
                // Every connector captures its traffic to hub.capture (CaptureTests reads it; the flows run with it on).
                ["Capture__Enabled"] = "true",
            },
            Overrides = FastTimings.Overrides,
        };
        _platform = await PlatformProcesses.StartAsync(RepositoryRoot.Combine("artifacts", "bin"), BuildConfiguration(), HubPlatform.Services(settings), TestContext.Current.CancellationToken);

        _redis = await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration);
        Conflicts = new ConflictStore(_redis, Options.Create(new IdentityOptions { KeyPrefix = KeyPrefix }), TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }

        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }

        if (Traces is not null)
        {
            await Traces.DisposeAsync();
        }

        _redis?.Dispose();
        Directory.Delete(_legacyFolder, recursive: true);
    }

    private static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release{Path.DirectorySeparatorChar}", StringComparison.OrdinalIgnoreCase) ? "release" : "debug";

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];
}
