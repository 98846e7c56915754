using Hub.DevStack;
using Hub.Topics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Hub.DevHost;

/// <summary>Owns the dev stack for the life of the host and publishes it through the state file.</summary>
internal sealed class RunningStack(
    IOptions<DevHostOptions> options,
    IServer server,
    TimeProvider time,
    ILogger<RunningStack> logger) : IHostedLifecycleService
{
    private DevStack.DevStack? stack;
    private string? stateFile;

    public DevStack.DevStack Stack => stack ?? throw new InvalidOperationException("The dev stack is not running.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var topicsPath = StackLocations.TopicsFile(settings.TopicsPath);
        var catalog = TopicCatalog.Load(topicsPath);
        stateFile = Path.Combine(StackLocations.StateDirectory(settings.StateDirectory), DevStackStateFile.FileName);
        stack = await DevStack.DevStack.StartAsync(
            new DevStackOptions
            {
                Brokers = settings.Brokers,
                Topics = catalog,
                ExternalBootstrapServers = settings.KafkaBootstrapServers,
                ExternalRedis = settings.RedisConfiguration,
                TimeProvider = time,
            },
            cancellationToken);
        logger.LogInformation(
            "{Count} topics from {TopicsFile} are on the {Kind} cluster",
            catalog.Topics.Count,
            topicsPath,
            stack.IsEmbedded ? $"embedded mock ({settings.Brokers} brokers)" : "configured");
    }

    /// <summary>Runs after Kestrel has bound, so the control URL with its real port is known.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var controlUrl = address is null ? null : new Uri(address);
        await DevStackStateFile.WriteAsync(stateFile!, Stack.Describe(controlUrl), cancellationToken);
        Console.WriteLine($"Kafka bootstrap servers: {Stack.BootstrapServers}{(Stack.IsEmbedded ? " (embedded mock cluster)" : "")}");
        Console.WriteLine($"Redis:                   {Stack.RedisEndpoint}");
        Console.WriteLine($"Control API:             {controlUrl}");
        Console.WriteLine($"State file:              {stateFile}");
    }

    /// <summary>The state file goes first, so no other process picks up a stack that is being torn down.</summary>
    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (stateFile is not null)
        {
            DevStackStateFile.Delete(stateFile);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
            logger.LogInformation("Dev stack stopped");
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
