using Hub.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Hub.Identity.IntegrationTests;

/// <summary>The identity services on the fixture's Redis, each test under its own key prefix.</summary>
public sealed class IdentityHarness : IAsyncDisposable
{
    private IdentityHarness(ConnectionMultiplexer redis)
    {
        Redis = redis;
        var options = Options.Create(new IdentityOptions { KeyPrefix = $"test-{Guid.NewGuid():N}" });
        Configuration = IdentityConfiguration.Load(Path.Combine(AppContext.BaseDirectory, "contracts", "ownership.yaml"));
        CrossReference = new CrossReferenceStore(redis, Configuration, options, Time);
        Guard = new OwnershipGuard(redis, Configuration, options);
        Conflicts = new ConflictStore(redis, options, Time);
    }

    public ConnectionMultiplexer Redis { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public IdentityConfiguration Configuration { get; }

    public CrossReferenceStore CrossReference { get; }

    public OwnershipGuard Guard { get; }

    public ConflictStore Conflicts { get; }

    public static async Task<IdentityHarness> StartAsync(StackFixture stack) =>
        new(await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration));

    public static Dictionary<string, string?> Email(string email) => new() { ["email"] = email };

    public async ValueTask DisposeAsync() => await Redis.DisposeAsync();
}
