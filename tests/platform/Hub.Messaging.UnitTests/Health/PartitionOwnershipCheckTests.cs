using System.Diagnostics.Metrics;
using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Health;

public sealed class PartitionOwnershipCheckTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MessagingTelemetry _telemetry;
    private readonly PartitionOwnership _ownership;

    public PartitionOwnershipCheckTests()
    {
        _telemetry = new MessagingTelemetry(_services.GetRequiredService<IMeterFactory>());
        _ownership = new PartitionOwnership(_telemetry, _time);
    }

    [Fact]
    public async Task CheckHealthAsync_EveryPartitionOwned_Healthy()
    {
        _ownership.Record("accounting-connector.orders", []);

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task CheckHealthAsync_OrphanedPartitions_DegradedNamingThemTheHolderAndHowLong()
    {
        var lastSeen = _time.GetUtcNow().AddSeconds(-12);
        _ownership.Record("accounting-connector.orders", [new OrphanedPartition("canonical.order.placed:3", "vm:18150", lastSeen), new OrphanedPartition("canonical.order.placed:4", "vm:18150", lastSeen)]);
        _time.Advance(TimeSpan.FromSeconds(20));
        _ownership.Record("accounting-connector.orders", [new OrphanedPartition("canonical.order.placed:3", "vm:18150", lastSeen), new OrphanedPartition("canonical.order.placed:4", "vm:18150", lastSeen)]);

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Degraded, "the instance works; taking it out of service would not give the partitions an owner");
        result.Description.Should().Be("accounting-connector.orders: 2 partition(s) without a live owner for 20s: canonical.order.placed:3, canonical.order.placed:4 last held by vm:18150 (seen 32s ago)");
    }

    [Fact]
    public async Task CheckHealthAsync_Reassigned_HealthyAgainAndGaugeZero()
    {
        var seen = new List<(long Value, object? Group)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == _telemetry.Meter && instrument.Name == "hub.consumer.partitions_without_owner")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => seen.Add((value, tags.ToArray().Single(t => t.Key == "messaging.consumer.group.name").Value)));
        listener.Start();
        _ownership.Record("g", [new OrphanedPartition("t:0", "vm:1", _time.GetUtcNow())]);
        listener.RecordObservableInstruments();

        _ownership.Record("g", []);
        listener.RecordObservableInstruments();

        seen.Should().Equal((1L, (object?)"g"), (0L, (object?)"g"));
        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    public void Dispose() => _services.Dispose();

    private Task<HealthCheckResult> CheckAsync() => new PartitionOwnershipCheck(_ownership, _time).CheckHealthAsync(new HealthCheckContext());
}
