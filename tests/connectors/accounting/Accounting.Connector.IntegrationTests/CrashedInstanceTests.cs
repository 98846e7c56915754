using System.Net.Http.Json;
using System.Text.Json;
using Accounting.Connector.IntegrationTests.Support;
using Hub.Contracts;
using Hub.Testing;

namespace Accounting.Connector.IntegrationTests;

/// <summary>
/// Two accounting connector processes of one group, orders arriving all the time, one instance killed: the survivor's
/// readiness names the partitions the dead instance still holds until the group gives them to the survivor, and
/// every order is invoiced exactly once.
/// </summary>
[Collection(AccountingCollection.Name)]
public sealed class CrashedInstanceTests(AccountingFixture fixture)
{
    [Fact]
    public async Task InstanceKilledUnderLoad_SurvivorReadinessNamesOrphanedPartitionsUntilReassigned_EveryOrderInvoicedOnce()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var survivor = await run.StartAnotherConnectorAsync();
        using var http = new HttpClient { BaseAddress = survivor.Address };
        var orders = new List<OrderPlaced>();
        using var stopLoad = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            while (!stopLoad.IsCancellationRequested)
            {
                var order = Samples.Order();
                await fixture.Publisher.PublishAsync(run.OrdersTopic, order, CancellationToken.None);
                lock (orders)
                {
                    orders.Add(order);
                }

                await Task.Delay(50, CancellationToken.None);
            }
        });
        await run.UntilAsync(async () => (await run.WritesAsync("invoice.created")).Count >= 10, "orders invoiced");
        // The group must have given each instance a partition before one is killed, or there is nothing to orphan.
        await run.UntilAsync(async () => await OwnersAsync(run) == 2, "both instances to own an orders partition");

        var killed = $"{Environment.MachineName}:{run.Connector.ProcessId}";
        run.Connector.Kill();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Each group's orphans appear with that group's next heartbeat round; wait for the orders group's.
        var degraded = await ReadinessAsync(http, run, r => r.Status == "Degraded" && r.Description.Contains(run.OrdersTopic, StringComparison.Ordinal), "the survivor's readiness to name the orphaned orders partition");
        degraded.Description.Should().Contain("without a live owner").And.Contain($"last held by {killed}").And.Contain(run.OrdersTopic);
        degraded.Code.Should().Be(200, "a degraded instance keeps taking traffic");

        var orphanedAfter = clock.Elapsed;
        await ReadinessAsync(http, run, r => r.Status == "Healthy", "the partitions to be reassigned to the survivor", TimeSpan.FromSeconds(120));
        var reassignedAfter = clock.Elapsed;
        await stopLoad.CancelAsync();
        await load;
        try
        {
            await run.UntilAsync(
                async () => (await run.WritesAsync("invoice.created")).Count >= orders.Count,
                $"all {orders.Count} orders invoiced",
                TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException ex)
        {
            var invoiced = (await run.WritesAsync("invoice.created")).Select(w => w.GetProperty("Reference").GetString()).ToHashSet();
            var missing = orders.Where(o => !invoiced.Contains(o.OrderNumber)).Select(o => o.OrderNumber).Take(10);
            throw new TimeoutException($"{invoiced.Count} of {orders.Count} invoiced; missing e.g. {string.Join(", ", missing)}; {Positions(run)}{Environment.NewLine}survivor:{Environment.NewLine}{survivor.Output}", ex);
        }
        var references = (await run.WritesAsync("invoice.created")).Select(w => w.GetProperty("Reference").GetString()).ToList();
        references.Should().BeEquivalentTo(orders.Select(o => o.OrderNumber), "every order is invoiced, none twice");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"kill -9 of one of two instances: survivor Degraded (orphaned partitions named) {orphanedAfter.TotalSeconds:F1} s after the kill, Healthy again after {reassignedAfter.TotalSeconds:F1} s; {orders.Count} orders, each invoiced once");
    }

    private static async Task<Readiness> ReadinessAsync(HttpClient http, AccountingRun run, Func<Readiness, bool> condition, string what, TimeSpan? timeout = null)
    {
        Readiness? last = null;
        try
        {
            await WaitAsync();
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} Last readiness of the partition-owners check: {last}", ex);
        }

        return last!;

        Task WaitAsync() => run.UntilAsync(
            async () =>
            {
                using var response = await http.GetAsync("/health/ready");
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                var owners = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "partition-owners");
                last = new Readiness((int)response.StatusCode, owners.GetProperty("status").GetString()!, owners.GetProperty("description").GetString() ?? string.Empty);
                return condition(last);
            },
            $"{what} (last seen: {last})",
            timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>End and committed offset of each orders partition, for a failure message.</summary>
    private string Positions(AccountingRun run)
    {
        using var consumer = new Confluent.Kafka.ConsumerBuilder<byte[], byte[]>(fixture.Stack.ConsumerConfig(run.OrdersGroup)).Build();
        var partitions = new[] { 0, 1 }.Select(p => new Confluent.Kafka.TopicPartition(run.OrdersTopic, p)).ToList();
        var committed = consumer.Committed(partitions, TimeSpan.FromSeconds(5));
        return string.Join("; ", partitions.Select(p => $"{p}: end {consumer.QueryWatermarkOffsets(p, TimeSpan.FromSeconds(5)).High}, committed {committed.Single(c => c.Partition == p.Partition).Offset}"));
    }

    /// <summary>Live instances of the orders group that report a partition, from their heartbeats in Redis.</summary>
    private async Task<int> OwnersAsync(AccountingRun run)
    {
        var entries = await fixture.Redis.GetDatabase().HashGetAllAsync($"{run.Prefix}:{{{run.OrdersGroup}}}:instances");
        return entries.Select(e => JsonDocument.Parse(e.Value.ToString()).RootElement)
            .Count(i => i.GetProperty("partitions").GetArrayLength() > 0
                && DateTimeOffset.UtcNow - i.GetProperty("reportedAt").GetDateTimeOffset() < TimeSpan.FromSeconds(10));
    }

    private sealed record Readiness(int Code, string Status, string Description);
}
