using System.Text.Json;
using Hub.Messaging.Processing;

namespace Hub.Messaging.UnitTests.Abstractions;

public sealed class InstanceStatusTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Deserialize_RecordWrittenBeforeWaitingExisted_WaitingEmpty()
    {
        const string older = """{"instance":"host:1","subscription":"orders","group":"g","partitions":["t:0"],"circuit":"closed","storeAvailable":true,"reportedAt":"2026-12-07T06:00:00+00:00"}""";

        var status = JsonSerializer.Deserialize<InstanceStatus>(older, Json)!;

        status.Waiting.Should().BeEmpty();
        status.Circuit.Should().Be("closed");
    }

    [Fact]
    public void Serialize_Waiting_RoundTripsAsWaitingArray()
    {
        var status = new InstanceStatus
        {
            Instance = "host:1",
            Subscription = "orders",
            Group = "g",
            Waiting = ["orders.retry: 37 events parked for the external system (circuit open)"],
            ReportedAt = new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero),
        };

        var json = JsonSerializer.Serialize(status, Json);

        json.Should().Contain("\"waiting\":[\"orders.retry: 37 events parked for the external system (circuit open)\"]");
        JsonSerializer.Deserialize<InstanceStatus>(json, Json)!.Waiting.Should().Equal(status.Waiting);
    }
}
