using Hub.Messaging.Processing;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Polling;

/// <summary>
/// The kill switch for a poller: while the connector's inbound side is paused (`hub pause &lt;connector&gt; --inbound`,
/// or the whole connector) the poller skips its polls; its watermark stays, so the first poll after `hub resume`
/// reads every change made meanwhile. Without a <see cref="ConnectorPauseWatch"/>, nothing is ever paused.
/// </summary>
public sealed partial class PollingPause(ConnectorPauseWatch? watch, string poller, ILogger logger)
{
    private ConnectorPause? _logged;

    /// <summary>How often a paused poller looks again (the watch itself refreshes every 2 s).</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    public async ValueTask<bool> IsPausedAsync()
    {
        var pause = watch is null ? null : PauseScope.ForInbound(await watch.CurrentAsync().ConfigureAwait(false));
        if (pause != _logged)
        {
            if (pause is null)
            {
                LogResumed(poller);
            }
            else
            {
                LogPaused(poller, pause.Describe());
            }

            _logged = pause;
        }

        return pause is not null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poller {Poller} skips its polls: inbound {Pause}")]
    private partial void LogPaused(string poller, string pause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poller {Poller} resumed")]
    private partial void LogResumed(string poller);
}
