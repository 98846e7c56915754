using System.Net.Http.Json;
using Hub.Cli.Infrastructure;
using Hub.Identity.Capture;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// Runs captured webhooks through a candidate build: starts the sandbox (unless one is given by address) and the
/// candidate as loopback processes, sends each delivery, one at a time, through the sandbox's webhook relay (which
/// signs it with the sandbox's secret, as the vendor would), waits for the candidate's capture of every delivery and
/// returns what the candidate captured. Both processes are stopped, and the capture folder removed, before it returns.
/// </summary>
public static class CaptureReplayer
{
    /// <summary>The kit sandboxes' relay (Hub.Sandboxes' SandboxPaths.WebhookRelay); the CLI speaks to it over HTTP only.</summary>
    public const string RelayPath = "/_sandbox/webhook-relay";

    public static async Task<ReplayRun> RunAsync(
        ReplaySetup setup, ConnectionSettings connection, IReadOnlyList<CapturedExchange> webhooks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(webhooks);
        var folder = Directory.CreateTempSubdirectory("hub-replay-");
        try
        {
            await using var sandbox = setup.SandboxDll is null ? null : LoopbackProcess.Start("the sandbox", setup.SandboxDll, setup.SandboxSettings);
            if (sandbox is not null)
            {
                await sandbox.WaitReadyAsync("/health/live", setup.StartTimeout, cancellationToken).ConfigureAwait(false);
            }

            var sandboxUrl = sandbox?.Address ?? setup.SandboxUrl ?? throw CliException.BadInput("Give the sandbox: --sandbox <dll> or --sandbox-url <url>.");
            var settings = CandidateSettings.For(
                setup, sandboxUrl, folder.FullName, Guid.NewGuid().ToString("N")[..12], connection.RequireBootstrap(), connection.RequireRedis(), connection.RegistryUrl);
            await using var candidate = LoopbackProcess.Start("the candidate", setup.CandidateDll, settings);
            await candidate.WaitReadyAsync(setup.ReadyPath, setup.StartTimeout, cancellationToken).ConfigureAwait(false);
            using var relay = new HttpClient { BaseAddress = sandboxUrl, Timeout = TimeSpan.FromSeconds(60) };
            foreach (var webhook in webhooks)
            {
                await RelayAsync(relay, candidate, webhook, cancellationToken).ConfigureAwait(false);
            }

            var captured = await CapturedAsync(folder.FullName, webhooks.Count, setup.CaptureTimeout, candidate, cancellationToken).ConfigureAwait(false);
            return new ReplayRun(captured, candidate.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RelayAsync(HttpClient relay, LoopbackProcess candidate, CapturedExchange webhook, CancellationToken cancellationToken)
    {
        var target = new Uri(candidate.Address, webhook.Request.Target);
        using var response = await relay.PostAsJsonAsync(RelayPath, new { url = target, headers = webhook.Request.Headers, body = webhook.Request.Body }, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var why = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw CliException.Failed($"The sandbox did not relay {webhook.CaptureId} ({(int)response.StatusCode}): {why}. Is it a sandbox that sends webhooks?");
        }
    }

    private static async Task<List<CapturedExchange>> CapturedAsync(string folder, int webhooks, TimeSpan timeout, LoopbackProcess candidate, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var (exchanges, _) = CaptureFiles.Read(folder);
            if (exchanges.Count(e => e.Kind == CapturedExchange.WebhookKind) >= webhooks)
            {
                // The webhook is recorded after its calls, through one queue: its calls are in the files already.
                return exchanges;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw CliException.Failed($"The candidate captured {exchanges.Count(e => e.Kind == CapturedExchange.WebhookKind)} of {webhooks} deliveries within {timeout}:{Environment.NewLine}{candidate.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        }
    }
}
