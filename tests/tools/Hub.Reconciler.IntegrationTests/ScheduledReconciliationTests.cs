using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Testing;
using Hub.Testing.Reconciliation;

namespace Hub.Reconciler.IntegrationTests;

/// <summary>
/// The reconciler as a process against the CRM and ERP connectors, each reading its own sandbox: what its gauges on
/// /metrics say after a person changes a record in a sandbox, on schedule and on demand.
/// </summary>
public sealed class ScheduledReconciliationTests(StackFixture stack)
{
    private const string Differences = "hub_reconcile_differences";
    private const string Success = "hub_reconcile_last_run_success";
    private static readonly TimeSpan ShortInterval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Schedule_EmailEditedByHandInTheErp_DriftGaugeGoesFromZeroToOneOnALaterRun()
    {
        await using var world = await ReconcileStack.StartAsync(stack);
        var run = Guid.NewGuid().ToString("N")[..8];
        var customer = await world.CrmContactAsync($"ada.{run}@example.com", "1500");
        var partner = await world.ErpPartnerAsync(customer.CanonicalId, $"ada.{run}@example.com", 1500);
        await using var reconciler = await ReconcilerProcess.StartAsync(ShortInterval, ("crm", world.CrmConnector), ("erp", world.ErpConnector));
        await UntilGaugeAsync(reconciler, 0, "the first run to find the systems agreeing", Differences, ("entity", "customers"), ("system", "erp"), ("kind", "drift"));
        (await reconciler.GaugeAsync(Success, ("entity", "customers"))).Should().Be(1);

        await world.ErpEditPartnerAsync(partner, new JsonObject { ["email"] = $"ada.edited.{run}@example.com" });

        await UntilGaugeAsync(reconciler, 1, "a scheduled run to count the ERP's drift", Differences, ("entity", "customers"), ("system", "erp"), ("kind", "drift"));
        (await reconciler.GaugeAsync(Differences, ("entity", "customers"), ("system", "crm"), ("kind", "drift"))).Should().Be(0, "the CRM owns the e-mail");
        (await reconciler.GaugeAsync(Differences, ("entity", "customers"), ("system", "erp"), ("kind", "missing"))).Should().Be(0);
        (await reconciler.GaugeAsync("hub_reconcile_last_run_timestamp_seconds", ("entity", "customers"))).Should()
            .BeApproximately(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 60, "the last run ended moments ago");
    }

    [Fact]
    public async Task RunEndpoint_CustomerMissingInErpWithAnHourlySchedule_AnswersTheCountsAndTheGaugeShowsThem()
    {
        await using var world = await ReconcileStack.StartAsync(stack);
        var run = Guid.NewGuid().ToString("N")[..8];
        await using var reconciler = await ReconcilerProcess.StartAsync(TimeSpan.FromHours(1), ("crm", world.CrmConnector), ("erp", world.ErpConnector));
        await UntilGaugeAsync(reconciler, 1, "the run at start", Success, ("entity", "customers"));
        var missing = await world.CrmContactAsync($"missing.{run}@example.com", "1500");

        using var response = await reconciler.Http.PostAsync("/reconcile/run", null, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        var customers = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList().Should().ContainSingle().Subject;
        customers.GetProperty("differences").GetInt32().Should().Be(1, body);
        customers.GetProperty("summary").EnumerateArray()
            .Single(s => s.GetProperty("system").GetString() == "erp" && s.GetProperty("kind").GetString() == "missing")
            .GetProperty("count").GetInt32().Should().Be(1, $"{missing.CanonicalId} is only in the CRM");
        // The Prometheus exporter may answer a scrape from its short cache, so the new count shows within moments, not at once.
        await UntilGaugeAsync(reconciler, 1, "the on-demand run's count on /metrics", Differences, ("entity", "customers"), ("system", "erp"), ("kind", "missing"));
    }

    [Fact]
    public async Task RunEndpoint_ConnectorsDoNotAnswer_Answers503AndSuccessGaugeZeroAndReadinessDegraded()
    {
        await using var reconciler = await ReconcilerProcess.StartAsync(TimeSpan.FromHours(1), ("crm", ClosedPort()), ("erp", ClosedPort()));

        using var response = await reconciler.Http.PostAsync("/reconcile/run", null, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, body);
        body.Should().Contain("The crm connector at");
        (await reconciler.GaugeAsync(Success, ("entity", "customers"))).Should().Be(0);
        (await reconciler.GaugeAsync(Differences, ("entity", "customers"))).Should().BeNull("no run ever compared, so there is nothing to count");
        var ready = await reconciler.Http.GetStringAsync("/health/ready", TestContext.Current.CancellationToken);
        JsonDocument.Parse(ready).RootElement.GetProperty("status").GetString().Should().Be("Degraded", ready);
    }

    private static async Task UntilGaugeAsync(ReconcilerProcess reconciler, double expected, string what, string name, params (string, string)[] labels)
    {
        try
        {
            await Eventually.UntilAsync(async () => await reconciler.GaugeAsync(name, labels) == expected, what, TimeSpan.FromSeconds(60), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} The reconciler's output:\n{reconciler.Output}", ex);
        }
    }

    /// <summary>A loopback address nothing listens on: a port the system gave out and took back.</summary>
    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
