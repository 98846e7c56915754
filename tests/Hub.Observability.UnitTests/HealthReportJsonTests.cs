using System.Text.Json;
using Hub.Observability;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Observability.UnitTests;

public sealed class HealthReportJsonTests
{
    [Fact]
    public async Task WriteAsync_ReportWithData_EveryCheckWithDescriptionAndData()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        var entries = new Dictionary<string, HealthReportEntry>
        {
            ["kafka-group"] = new(HealthStatus.Unhealthy, "orders: has not joined its group for 50s", TimeSpan.Zero, null, new Dictionary<string, object> { ["groupProtocol"] = "consumer" }),
            ["subscriptions-ready"] = new(HealthStatus.Healthy, null, TimeSpan.Zero, null, null),
        };

        await HealthReportJson.WriteAsync(context, new HealthReport(entries, TimeSpan.Zero));

        context.Response.Body.Position = 0;
        using var json = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        json.RootElement.GetProperty("status").GetString().Should().Be("Unhealthy");
        var group = json.RootElement.GetProperty("checks").GetProperty("kafka-group");
        group.GetProperty("description").GetString().Should().Be("orders: has not joined its group for 50s");
        group.GetProperty("data").GetProperty("groupProtocol").GetString().Should().Be("consumer");
        context.Response.ContentType.Should().StartWith("application/json");
    }
}
