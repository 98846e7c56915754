using System.Threading.Channels;
using Hub.Identity.Capture;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Hosting.Capture;

/// <summary>
/// Keeps capture off the business path: a webhook is answered and an API call returns without waiting for its
/// capture to be written. Exchanges wait in a bounded queue (<see cref="CaptureOptions.QueueCapacity"/>) that one
/// background writer drains into the configured sink; when the queue is full (the sink is down or slow) new exchanges
/// are dropped and counted in the log, never waited for. On shutdown the writer drains what is queued, within the
/// host's shutdown time.
/// </summary>
public sealed partial class QueuedCaptureSink(ICaptureSink inner, int capacity, ILogger<QueuedCaptureSink> logger) : IHostedService, ICaptureSink
{
    private readonly Channel<CapturedExchange> _queue = Channel.CreateBounded<CapturedExchange>(
        // Wait mode, written with TryWrite only: a full queue answers false at once (the drop modes would say true and drop silently).
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private long _dropped;
    private Task? _writer;

    public long Dropped => Interlocked.Read(ref _dropped);

    public Task WriteAsync(CapturedExchange exchange, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(exchange) && Interlocked.Increment(ref _dropped) is var dropped && (dropped == 1 || dropped % 1000 == 0))
        {
            LogDropped(dropped, capacity);
        }

        return Task.CompletedTask;
    }

    /// <summary>Starts the writer; it runs until the queue is completed and empty, independent of any token.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _writer ??= Task.Run(DrainAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Takes no more exchanges and waits for the queued ones to be written, until <paramref name="cancellationToken"/> gives up.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (_writer is not null)
        {
            await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DrainAsync()
    {
        await foreach (var exchange in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await inner.WriteAsync(exchange, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                LogNotWritten(ex, exchange.Kind, exchange.Channel, exchange.Request.Target);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Traffic capture lost one {Kind} exchange ({Channel} {Target}): the sink failed; the traffic itself was not affected")]
    private partial void LogNotWritten(Exception exception, string kind, string channel, string? target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Traffic capture dropped {Dropped} exchange(s) so far: {Capacity} were already waiting for a slow or failing sink")]
    private partial void LogDropped(long dropped, int capacity);
}
