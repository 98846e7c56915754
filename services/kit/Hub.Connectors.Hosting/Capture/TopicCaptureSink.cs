using Hub.Identity.Capture;
using Hub.Messaging;

namespace Hub.Connectors.Hosting.Capture;

/// <summary>Publishes each exchange on <c>hub.capture</c>, keyed by connector (JSON, <see cref="CaptureJsonSerializer"/>).</summary>
public sealed class TopicCaptureSink(IEventPublisher publisher) : ICaptureSink
{
    public Task WriteAsync(CapturedExchange exchange, CancellationToken cancellationToken) =>
        publisher.PublishAsync(CaptureJsonSerializer.Topic, exchange, cancellationToken);
}
