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
        using var http = new HttpClient { BaseAddress = survivor.BaseAddress };
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
        await run.UntilAsync(async () => (await run.WritesAsync("invoice.created")).Count >= 10, "both instances invoicing");

        var killed = $"{Environment.MachineName}:{run.Connector.ProcessId}";
        run.Connector.Kill();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var degraded = await ReadinessAsync(http, run, r => r.Status == "Degraded", "the survivor's readiness to name the orphaned partitions");
        degraded.Description.Should().Contain("without a live owner").And.Contain($"last held by {killed}").And.Contain(run.OrdersTopic);
        degraded.Code.Should().Be(200, "a degraded instance keeps taking traffic");

        var orphanedAfter = clock.Elapsed;
        await ReadinessAsync(http, run, r => r.Status == "Healthy", "the partitions to be reassigned to the survivor", TimeSpan.FromSeconds(120));
        var reassignedAfter = clock.Elapsed;
        await stopLoad.CancelAsync();
        await load;
        await run.UntilAsync(
            async () => (await run.WritesAsync("invoice.created")).Count >= orders.Count,
            $"all {orders.Count} orders invoiced",
            TimeSpan.FromSeconds(90));
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
            what,
            timeout ?? TimeSpan.FromSeconds(60));
    }

    private sealed record Readiness(int Code, string Status, string Description);
}
