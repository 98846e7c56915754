using Hub.Observability;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Observability.UnitTests;

public sealed class HealthReportTextTests
{
    [Fact]
    public void Format_AllHealthy_StatusOnly()
    {
        var report = Report(("redis", HealthReportEntryOf(HealthStatus.Healthy, null)));

        HealthReportText.Format(report).Should().Be("Healthy");
    }

    [Fact]
    public void Format_Degraded_NamesWhatWaitsAndWhy()
    {
        var report = Report(
            ("redis", HealthReportEntryOf(HealthStatus.Healthy, null)),
            ("subscriptions-ready", HealthReportEntryOf(HealthStatus.Degraded, "orders.retry: 37 events parked for the external system (circuit open)")));

        HealthReportText.Format(report).Should().Be("Degraded\nsubscriptions-ready Degraded: orders.retry: 37 events parked for the external system (circuit open)");
    }

    private static HealthReport Report(params (string Name, HealthReportEntry Entry)[] entries) =>
        new(entries.ToDictionary(e => e.Name, e => e.Entry), TimeSpan.FromMilliseconds(1));

    private static HealthReportEntry HealthReportEntryOf(HealthStatus status, string? description) =>
        new(status, description, TimeSpan.Zero, null, null);
}
