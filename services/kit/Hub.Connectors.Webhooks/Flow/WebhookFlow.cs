using System.Diagnostics;
using System.Text.Json;
using Hub.Connectors.Hosting;
using Hub.Connectors.Hosting.Capture;
using Hub.Identity.Capture;
using Hub.Messaging;
using Hub.Messaging.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// One vendor's webhook endpoint, the same for every connector: read the raw body (413 beyond 1 MiB), verify it with
/// the vendor's <see cref="IWebhookVerifier"/> before parsing (401), parse it with the connector's
/// <see cref="IWebhookParser{TItem}"/> (400), claim every delivery (<see cref="IWebhookReceipts"/>: a completed one is a
/// duplicate, one another request holds answers 503 with Retry-After), hand the new items, one subject at a time, to
/// the connector's <see cref="IWebhookItemHandler{TItem}"/>, quarantine what it rejects (<see cref="InboundQuarantine"/>),
/// complete the claims and answer 200. Any failure releases the claims and answers 503 with Retry-After, so the
/// sender retries everything that is not yet durable.
/// </summary>
public sealed class WebhookFlow<TItem>(
    string source,
    IWebhookVerifier verifier,
    IWebhookParser<TItem> parser,
    IWebhookItemHandler<TItem> handler,
    IWebhookReceipts receipts,
    InboundQuarantine quarantine,
    ConnectorTelemetry telemetry,
    ILoggerFactory loggers,
    TrafficCapture? capture = null)
{
    public const string Channel = "webhook";

    /// <summary>What a sender is asked to wait when Redis or Kafka failed the delivery: long enough for a restart.</summary>
    public static readonly TimeSpan RetryAfterOutage = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = loggers.CreateLogger(WebhookFlowLog.Category);

    public async Task<WebhookAnswer> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entity = parser.EntityOf(request);
        using var activity = telemetry.StartInbound(Channel, $"{source} {entity}");
        var body = await RawBody.ReadAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        var answer = await AnswerAsync(request, entity, body, cancellationToken).ConfigureAwait(false);
        if (capture is { Enabled: true })
        {
            // The outcomes, not the reasons: a rejection's reason may quote the personal values capture redacts.
            var answered = answer.Error ?? JsonSerializer.Serialize(new { outcomes = answer.Outcomes }, CaptureJsonSerializer.Options);
            await capture.RecordWebhookAsync(source, request, body, answer.StatusCode, answered, Stopwatch.GetElapsedTime(started)).ConfigureAwait(false);
        }

        return answer;
    }

    private async Task<WebhookAnswer> AnswerAsync(HttpRequest request, string entity, byte[]? body, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            telemetry.Inbound(Channel, entity, WebhookOutcome.RejectedName);
            return WebhookAnswer.Refused(StatusCodes.Status413PayloadTooLarge, $"body larger than {RawBody.DefaultMaxBytes} bytes");
        }

        var verification = await verifier.VerifyAsync(request, body, cancellationToken).ConfigureAwait(false);
        if (!verification.IsValid)
        {
            var failure = verification.Failure ?? "the request could not be verified";
            telemetry.Inbound(Channel, entity, "unauthorized");
            WebhookFlowLog.Unauthorized(_logger, source, entity, failure);
            return WebhookAnswer.Refused(StatusCodes.Status401Unauthorized, failure);
        }

        var payload = parser.Parse(request, body);
        if (payload.Problem is { } problem)
        {
            telemetry.Inbound(Channel, entity, WebhookOutcome.RejectedName);
            WebhookFlowLog.Malformed(_logger, source, entity, problem);
            return WebhookAnswer.Refused(StatusCodes.Status400BadRequest, problem);
        }

        var claims = new WebhookRequestClaims(receipts, source);
        try
        {
            return await ProcessAsync(payload.Items, claims, $"{Channel}:{request.Path}", entity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Also when the sender hung up: a claim must never outlive its request.
            await claims.ReleaseAsync().ConfigureAwait(false);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return Defer(entity, ex);
        }
    }

    private async Task<WebhookAnswer> ProcessAsync(
        IReadOnlyList<WebhookItem<TItem>> items, WebhookRequestClaims claims, string origin, string entity, CancellationToken cancellationToken)
    {
        var claimed = new List<WebhookItem<TItem>>();
        var duplicates = new List<WebhookItem<TItem>>();
        foreach (var item in items.DistinctBy(i => i.DeliveryId, StringComparer.Ordinal))
        {
            var claim = await claims.ClaimAsync(item.DeliveryId, cancellationToken).ConfigureAwait(false);
            switch (claim.State)
            {
                case WebhookReceiptState.Claimed:
                    claimed.Add(item);
                    break;
                case WebhookReceiptState.AlreadyProcessed:
                    duplicates.Add(item);
                    break;
                default:
                    await claims.ReleaseAsync().ConfigureAwait(false);
                    telemetry.Inbound(Channel, entity, "busy");
                    return WebhookAnswer.RetryLater("this webhook is being processed by another request; retry later", claim.RetryAfter);
            }
        }

        foreach (var duplicate in duplicates.GroupBy(d => d.Entity, StringComparer.Ordinal))
        {
            telemetry.Inbound(Channel, duplicate.Key, "duplicate", duplicate.Count());
        }

        var outcomes = new List<(string Entity, WebhookOutcome Outcome)>();
        foreach (var subject in claimed.GroupBy(i => i.Subject, StringComparer.Ordinal))
        {
            var outcome = await handler.HandleAsync([.. subject.Select(i => i.Value)], cancellationToken).ConfigureAwait(false);
            if (outcome.Rejection is { } rejection)
            {
                await quarantine.QuarantineAsync(origin, rejection, cancellationToken).ConfigureAwait(false);
            }

            outcomes.Add((subject.First().Entity, outcome));
        }

        await claims.CompleteAsync().ConfigureAwait(false);
        foreach (var (outcomeEntity, outcome) in outcomes)
        {
            telemetry.Inbound(Channel, outcomeEntity, outcome.Name);
        }

        return WebhookAnswer.Accepted([.. outcomes.Select(o => o.Outcome)], duplicates.Count);
    }

    private WebhookAnswer Defer(string entity, Exception exception)
    {
        telemetry.Inbound(Channel, entity, "deferred");
        if (exception is WebhookReceiptsUnavailableException)
        {
            WebhookFlowLog.Deferred(_logger, source, entity, exception.Message);
            return WebhookAnswer.RetryLater("webhook receipts are unreachable; retry later", RetryAfterOutage);
        }

        if (exception is TransientEventException or PublishException or RedisException or TimeoutException)
        {
            WebhookFlowLog.Deferred(_logger, source, entity, exception.Message);
        }
        else
        {
            WebhookFlowLog.Failed(_logger, exception, source, entity);
        }

        return WebhookAnswer.RetryLater("could not process the webhook now; retry later", (exception as TransientEventException)?.RetryAfter ?? RetryAfterOutage);
    }
}
