using Hub.Identity.Capture;

namespace Hub.Connectors.Hosting.Capture;

/// <summary>Where captured exchanges go (<see cref="CaptureOptions.Sink"/>).</summary>
public interface ICaptureSink
{
    Task WriteAsync(CapturedExchange exchange, CancellationToken cancellationToken);
}
