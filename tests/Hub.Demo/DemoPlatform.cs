using Hub.DevStack;
using Hub.Identity;
using Hub.Topics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Demo;

/// <summary>
/// Everything the demo runs, as every environment runs it: the embedded stack (mock Kafka with the declared topics,
/// redis-server), the schema registry and the ten platform services (five sandboxes, five connectors), each its own
/// process. Disposing stops them in reverse order and removes the legacy folder.
/// </summary>
public sealed class DemoPlatform : IAsyncDisposable
{
    private const string RegistryName = "schema-registry";
    private const string KeyPrefix = "hub";
    private static readonly TimeSpan RegistryReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Hub.DevStack.DevStack _stack;
    private readonly DotnetServiceProcess _registry;
    private readonly PlatformProcesses _services;
    private readonly ConnectionMultiplexer _redis;

    private DemoPlatform(Hub.DevStack.DevStack stack, DotnetServiceProcess registry, PlatformProcesses services, ConnectionMultiplexer redis, string legacyFolder)
    {
        _stack = stack;
        _registry = registry;
        _services = services;
        _redis = redis;
        LegacyFolder = legacyFolder;
        Conflicts = new ConflictStore(redis, Options.Create(new IdentityOptions { KeyPrefix = KeyPrefix }), TimeProvider.System);
    }

    public string BootstrapServers => _stack.BootstrapServers;

    public string RedisEndpoint => _stack.RedisEndpoint;

    public Uri Registry => _registry.BaseAddress;

    public PlatformAddresses Addresses => _services.Addresses;

    public string LegacyFolder { get; }

    /// <summary>The resolution queue the connectors write to (same Redis, same key prefix).</summary>
    public ConflictStore Conflicts { get; }

    public static async Task<DemoPlatform> StartAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var build = BuildOutput.OfThisProgram();
        output.WriteLine("Starting the embedded stack (mock Kafka cluster with the declared topics, redis-server) ...");
        var stack = await Hub.DevStack.DevStack.StartAsync(new DevStackOptions { Topics = TopicCatalog.Load(build.TopicsFile) }, cancellationToken);
        DotnetServiceProcess? registry = null;
        PlatformProcesses? services = null;
        var legacyFolder = Directory.CreateTempSubdirectory("hub-demo-legacy-").FullName;
        try
        {
            output.WriteLine("Starting the schema registry ...");
            registry = DotnetServiceProcess.Start(RegistryName, build.Dll("Hub.SchemaRegistry"), new Dictionary<string, string>
            {
                ["Kafka__BootstrapServers"] = stack.BootstrapServers,
                ["Logging__LogLevel__Default"] = "Warning",
            });
            await registry.WaitForAsync("/health/ready", RegistryReadyTimeout, cancellationToken);

            output.WriteLine("Starting five sandbox systems and five connectors, each its own process ...");
            var settings = DemoSettings.For(stack, registry.BaseAddress, KeyPrefix, legacyFolder);
            services = await PlatformProcesses.StartAsync(build.Binaries, build.Configuration, HubPlatform.Services(settings), cancellationToken);
            var redis = await ConnectionMultiplexer.ConnectAsync(stack.RedisEndpoint);
            return new DemoPlatform(stack, registry, services, redis, legacyFolder);
        }
        catch
        {
            if (services is not null)
            {
                await services.DisposeAsync();
            }

            if (registry is not null)
            {
                await registry.DisposeAsync();
            }

            await stack.DisposeAsync();
            Directory.Delete(legacyFolder, recursive: true);
            throw;
        }
    }

    public HttpClient Client(string service) => new() { BaseAddress = Addresses[service], Timeout = TimeSpan.FromSeconds(10) };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _registry.DisposeAsync();
        _redis.Dispose();
        await _stack.DisposeAsync();
        Directory.Delete(LegacyFolder, recursive: true);
    }
}
