namespace Hub.Connectors.Polling;

/// <summary>Keeps each poller's <see cref="Watermark"/> across restarts. A save replaces the whole value atomically.</summary>
public interface IWatermarkStore
{
    Task<Watermark?> GetAsync(string poller, CancellationToken cancellationToken);

    Task SaveAsync(string poller, Watermark watermark, CancellationToken cancellationToken);
}
