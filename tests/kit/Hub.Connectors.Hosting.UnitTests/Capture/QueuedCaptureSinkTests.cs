using Hub.Connectors.Hosting.Capture;
using Hub.Identity.Capture;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Connectors.Hosting.UnitTests.Capture;

public sealed class QueuedCaptureSinkTests
{
    [Fact]
    public async Task WriteAsync_SinkStopped_ReturnsAtOnceDropsBeyondCapacityAndWritesTheRestOnStop()
    {
        var target = new RecordingCaptureSink();
        var queue = new QueuedCaptureSink(target, capacity: 2, NullLogger<QueuedCaptureSink>.Instance);

        foreach (var id in new[] { "a", "b", "c" })
        {
            (await Task.WhenAny(queue.WriteAsync(Exchange(id), CancellationToken.None), Task.Delay(5000))).IsCompletedSuccessfully.Should().BeTrue();
        }

        queue.Dropped.Should().Be(1, "the third found the queue full and was not waited for");
        target.Exchanges.Should().BeEmpty("nothing is written before the writer runs");

        await queue.StartAsync(CancellationToken.None);
        await queue.StopAsync(CancellationToken.None);

        target.Exchanges.Select(e => e.CaptureId).Should().Equal("a", "b");
    }

    [Fact]
    public async Task Writer_SinkFailsOnce_LaterExchangesStillWritten()
    {
        var target = new FailingFirst();
        var queue = new QueuedCaptureSink(target, capacity: 10, NullLogger<QueuedCaptureSink>.Instance);
        await queue.WriteAsync(Exchange("lost"), CancellationToken.None);
        await queue.WriteAsync(Exchange("kept"), CancellationToken.None);

        await queue.StartAsync(CancellationToken.None);
        await queue.StopAsync(CancellationToken.None);

        target.Written.Should().Equal("kept");
    }

    private static CapturedExchange Exchange(string id) => new()
    {
        CaptureId = id,
        Connector = "test-connector",
        Kind = CapturedExchange.ApiCallKind,
        Channel = "test",
        At = DateTimeOffset.UnixEpoch,
        Request = new CapturedMessage { Method = "GET", Target = "/" },
    };

    private sealed class FailingFirst : ICaptureSink
    {
        private bool _failed;

        public List<string> Written { get; } = [];

        public Task WriteAsync(CapturedExchange exchange, CancellationToken cancellationToken)
        {
            if (!_failed)
            {
                _failed = true;
                throw new InvalidOperationException("Kafka is down");
            }

            Written.Add(exchange.CaptureId);
            return Task.CompletedTask;
        }
    }
}
