using Hub.Connectors.Hosting;
using Hub.Messaging;
using Hub.Messaging.TestApp;
using Microsoft.Extensions.Options;

namespace Hub.Observability.MetricsHost;

/// <summary>
/// Publishes a steady trickle of test events (and calls the "external system") until the host stops; each counts as an
/// inbound record of a connector, a poison one as quarantined for a mapping reason.
/// </summary>
internal sealed partial class TrafficGenerator(
    IEventPublisher publisher, IHttpClientFactory httpClients, IOptions<TrafficOptions> options, ConnectorTelemetry connector, TimeProvider time, ILogger<TrafficGenerator> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var traffic = options.Value;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(traffic.IntervalMs), time);
        for (var sequence = 1; await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false); sequence++)
        {
            var failTimes = IsNth(sequence, traffic.ParkEvery) ? 10 : IsNth(sequence, traffic.FailOnceEvery) ? 1 : 0;
            var poison = IsNth(sequence, traffic.PoisonEvery);
            var @event = TestEvent.Create($"entity-{sequence % 10}", sequence, failTimes, poison: poison);
            connector.Inbound("webhook", "customer", poison ? "quarantined" : "published");
            if (poison)
            {
                connector.QuarantineReason("crm.contact", "phone:phone");
            }

            try
            {
                await publisher.PublishAsync(traffic.Topic, @event, stoppingToken).ConfigureAwait(false);
                if (IsNth(sequence, traffic.DuplicateEvery))
                {
                    await publisher.PublishAsync(traffic.Topic, @event, stoppingToken).ConfigureAwait(false);
                }

                if (traffic.ExternalUrl is { } url)
                {
                    using var response = await httpClients.CreateClient().GetAsync(url, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is PublishException or HttpRequestException)
            {
                // A broker or target hiccup must not end the traffic: the next tick tries again.
                LogTickFailed(logger, ex.Message);
            }
        }
    }

    private static bool IsNth(int sequence, int every) => every > 0 && sequence % every == 0;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generating traffic failed: {Reason}")]
    private static partial void LogTickFailed(ILogger logger, string reason);
}
