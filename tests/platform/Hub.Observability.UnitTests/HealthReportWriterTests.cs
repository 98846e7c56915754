using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Observability.UnitTests;

public sealed class HealthReportWriterTests
{
    [Fact]
    public async Task WriteAsync_DegradedReport_JsonWithEveryCheckAndItsReason()
    {
        var report = new HealthReport(
            new Dictionary<string, HealthReportEntry>
            {
                ["subscriptions-ready"] = new(HealthStatus.Healthy, null, TimeSpan.Zero, null, null),
                ["partition-owners"] = new(HealthStatus.Degraded, "g: 2 partition(s) without a live owner", TimeSpan.Zero, null, null),
            },
            TimeSpan.FromMilliseconds(3));
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await HealthReportWriter.WriteAsync(context, report);

        context.Response.ContentType.Should().StartWith("application/json");
        context.Response.Body.Position = 0;
        using var json = await JsonDocument.ParseAsync(context.Response.Body);
        json.RootElement.GetProperty("status").GetString().Should().Be("Degraded");
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        checks["partition-owners"].GetProperty("status").GetString().Should().Be("Degraded");
        checks["partition-owners"].GetProperty("description").GetString().Should().Be("g: 2 partition(s) without a live owner");
        checks["subscriptions-ready"].GetProperty("status").GetString().Should().Be("Healthy");
    }
}
