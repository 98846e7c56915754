using Hub.DevStack;
using Hub.Identity;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Demo;

/// <summary>
/// Everything the demo runs, as every environment runs it: the <see cref="EmbeddedPlatform"/> with all ten platform
/// services (five sandboxes, five connectors), each its own process, plus the legacy system's folder. Disposing stops
/// them in reverse order and removes the legacy folder.
/// </summary>
public sealed class DemoPlatform : IAsyncDisposable
{
    private const string KeyPrefix = "hub";

    private readonly EmbeddedPlatform _platform;
    private readonly ConnectionMultiplexer _redis;

    private DemoPlatform(EmbeddedPlatform platform, ConnectionMultiplexer redis, string legacyFolder)
    {
        _platform = platform;
        _redis = redis;
        LegacyFolder = legacyFolder;
        Conflicts = new ConflictStore(redis, Options.Create(new IdentityOptions { KeyPrefix = KeyPrefix }), TimeProvider.System);
    }

    public string BootstrapServers => _platform.Stack.BootstrapServers;

    public string RedisEndpoint => _platform.Stack.RedisEndpoint;

    public Uri Registry => _platform.Registry.BaseAddress;

    public PlatformAddresses Addresses => _platform.Addresses;

    public string LegacyFolder { get; }

    /// <summary>The resolution queue the connectors write to (same Redis, same key prefix).</summary>
    public ConflictStore Conflicts { get; }

    public static async Task<DemoPlatform> StartAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var legacyFolder = Directory.CreateTempSubdirectory("hub-demo-legacy-").FullName;
        EmbeddedPlatform? platform = null;
        try
        {
            platform = await EmbeddedPlatform.StartAsync(
                BuildOutput.OfThisProgram(), (stack, registry) => DemoSettings.For(stack, registry, KeyPrefix, legacyFolder), output, cancellationToken: cancellationToken);
            var redis = await ConnectionMultiplexer.ConnectAsync(platform.Stack.RedisEndpoint);
            return new DemoPlatform(platform, redis, legacyFolder);
        }
        catch
        {
            if (platform is not null)
            {
                await platform.DisposeAsync();
            }

            Directory.Delete(legacyFolder, recursive: true);
            throw;
        }
    }

    /// <summary>The operator's `hub` command, run as a process from the same build as the services, on the platform's Kafka and Redis.</summary>
    public Task<CommandResult> HubAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var build = BuildOutput.OfThisProgram();
        var hub = Path.Combine(build.Binaries, "Hub.Cli", build.Configuration, "hub.dll");
        string[] connection = ["--bootstrap", BootstrapServers, "--redis", RedisEndpoint, "--redis-prefix", KeyPrefix, "--as", "demo-operator"];
        return CommandRun.RunAsync("dotnet", [hub, .. arguments, .. connection], Path.GetTempPath(), TimeSpan.FromMinutes(2), cancellationToken);
    }

    public HttpClient Client(string service) => new() { BaseAddress = Addresses[service], Timeout = TimeSpan.FromSeconds(10) };

    public async ValueTask DisposeAsync()
    {
        _redis.Dispose();
        await _platform.DisposeAsync();
        Directory.Delete(LegacyFolder, recursive: true);
    }
}
