using Hub.Connectors.Hosting.UnitTests;
using Hub.Identity;
using Hub.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Hub.Connectors.Hosting.IntegrationTests;

/// <summary>
/// <see cref="OutboundOwnership"/> as a connector gets it, on the fixture's Redis under a key prefix of its own, with
/// the sample rules (Ownership/sample.ownership.yaml), a recording conflict publisher and a recording logger.
/// </summary>
public sealed class OwnershipHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private OwnershipHarness(ConnectionMultiplexer redis, string targetSystem)
    {
        Redis = redis;
        var options = Options.Create(new IdentityOptions { KeyPrefix = $"test-{Guid.NewGuid():N}" });
        Conflicts = new ConflictStore(redis, options, Time);
        var envelopes = new EnvelopeFactory(Options.Create(new ConnectorOptions { Name = $"{targetSystem}-connector", SourceSystem = targetSystem }));
        Ownership = new OutboundOwnership(
            new OwnershipGuard(redis, OwnershipSamples.Identity, options), new ResolutionQueue(Conflicts, Published), OwnershipSamples.Identity, envelopes, Time, Log);
    }

    public ConnectionMultiplexer Redis { get; }

    public FakeTimeProvider Time { get; } = new(Noon);

    public ConflictStore Conflicts { get; }

    public RecordingConflictPublisher Published { get; } = new();

    public RecordingLogger<OutboundOwnership> Log { get; } = new();

    public OutboundOwnership Ownership { get; }

    /// <param name="targetSystem">The connector's own system, where the record is written.</param>
    public static async Task<OwnershipHarness> StartAsync(StackFixture stack, string targetSystem = "erp") =>
        new(await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration), targetSystem);

    /// <summary>The sample customer mapped, judged for an event from <paramref name="source"/>.</summary>
    public Task<OutboundWrite> CustomerAsync(Dictionary<string, object?> customer, string source, TargetRecord target, DateTimeOffset? occurredAt = null, Guid? eventId = null)
    {
        var desired = MappedValues.AsText(OwnershipSamples.Customers.Map(OwnershipSamples.Source(customer)).RecordOrThrow());
        return Ownership.DecideAsync(
            new OutboundChange
            {
                EntityType = "customer",
                Envelope = OwnershipSamples.Envelope((string)customer["entityId"]!, source, occurredAt ?? Noon, eventId),
                Canonical = customer,
                Mapping = OwnershipSamples.Customers.Definition,
                Desired = desired,
                Target = target,
            },
            TestContext.Current.CancellationToken);
    }

    /// <summary>The sample customer's mapped values, as a target that holds them would be read.</summary>
    public static TargetRecord Holding(Dictionary<string, object?> customer) =>
        TargetRecord.Read(MappedValues.AsText(OwnershipSamples.Customers.Map(OwnershipSamples.Source(customer)).RecordOrThrow()));

    public async ValueTask DisposeAsync() => await Redis.DisposeAsync();
}
