using FluentAssertions;
using Hub.DevStack;
using Hub.Messaging.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>The connector state key scheme, and the start-up move from former keys, on a private redis-server.</summary>
public sealed class ConnectorStateTests : IAsyncLifetime
{
    private readonly string prefix = $"t{Guid.NewGuid():N}";
    private RedisServerProcess? server;
    private ConnectionMultiplexer? redis;

    private IDatabase Db => redis!.GetDatabase();

    public async ValueTask InitializeAsync()
    {
        server = await RedisServerProcess.StartNewAsync(cancellationToken: TestContext.Current.CancellationToken);
        redis = await ConnectionMultiplexer.ConnectAsync(server.Endpoint + ",allowAdmin=true");
    }

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public void Keys_FollowOneScheme_WithAHashTagOnlyForStoresWrittenTogether()
    {
        var keys = Keys("erp-connector");

        ((string?)keys.Key("order-status")).Should().Be($"{prefix}:conn:erp-connector:order-status");
        ((string?)keys.Key("invoice", "42")).Should().Be($"{prefix}:conn:erp-connector:invoice:42");
        ((string?)keys.Tagged("outbound", "pending")).Should().Be($"{prefix}:conn:{{erp-connector.outbound}}:pending");
    }

    [Fact]
    public async Task Upgrade_MovesFormerKeysAndPatterns_KeepsTtlAndAnExistingNewKey_ThenRecordsItsVersion()
    {
        await Db.HashSetAsync($"{prefix}:erp:order-status", [new("7", "Paid"), new("8", "Shipped")]);
        await Db.StringSetAsync($"{prefix}:shop:customer:a", "A", TimeSpan.FromHours(1));
        await Db.StringSetAsync($"{prefix}:shop:customer:b", "old B");
        await Db.StringSetAsync($"{prefix}:conn:shop-connector:customer:b", "new B");
        var services = Services("shop-connector", ("erp:order-status", (k, _) => k.Key("order-status")), ("shop:customer:*", (k, id) => k.Key("customer", id)));

        await Upgrade(services).StartAsync(TestContext.Current.CancellationToken);

        (await Db.HashGetAllAsync($"{prefix}:conn:shop-connector:order-status")).Should().HaveCount(2);
        (await Db.StringGetAsync($"{prefix}:conn:shop-connector:customer:a")).ToString().Should().Be("A");
        (await Db.KeyTimeToLiveAsync($"{prefix}:conn:shop-connector:customer:a")).Should().BeGreaterThan(TimeSpan.FromMinutes(50));
        (await Db.StringGetAsync($"{prefix}:conn:shop-connector:customer:b")).ToString().Should().Be("new B", "state written under the new scheme wins");
        (await Db.KeyExistsAsync($"{prefix}:erp:order-status")).Should().BeFalse();
        (await Db.KeyExistsAsync($"{prefix}:shop:customer:a")).Should().BeFalse();
        (await Db.KeyExistsAsync($"{prefix}:shop:customer:b")).Should().BeFalse();
        (await Db.StringGetAsync($"{prefix}:conn:shop-connector:state-version")).ToString().Should().Be(ConnectorStateUpgrade.Version);
    }

    [Fact]
    public async Task Upgrade_AfterItsVersionIsRecorded_DoesNotScanAgain()
    {
        var services = Services("legacy-connector", ("legacy:files", (k, _) => k.Key("files")));
        await Upgrade(services).StartAsync(TestContext.Current.CancellationToken);
        await Db.HashSetAsync($"{prefix}:legacy:files", "h", "{}");

        await Upgrade(services).StartAsync(TestContext.Current.CancellationToken);

        (await Db.KeyExistsAsync($"{prefix}:legacy:files")).Should().BeTrue();
        (await Db.KeyExistsAsync($"{prefix}:conn:legacy-connector:files")).Should().BeFalse();
    }

    private ConnectorStateKeys Keys(string connector) =>
        new(Options.Create(new ConnectorOptions { Name = connector, SourceSystem = "x" }), Options.Create(new RedisOptions { KeyPrefix = prefix }));

    private ServiceProvider Services(string connector, params (string Former, Func<ConnectorStateKeys, string, RedisKey> Current)[] formers)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(redis!);
        services.AddSingleton(Keys(connector));
        foreach (var (former, current) in formers)
        {
            services.AddFormerStateKey(former, current);
        }

        return services.BuildServiceProvider();
    }

    private ConnectorStateUpgrade Upgrade(ServiceProvider services) =>
        new(services, Options.Create(new RedisOptions { KeyPrefix = prefix }), NullLogger<ConnectorStateUpgrade>.Instance);
}
