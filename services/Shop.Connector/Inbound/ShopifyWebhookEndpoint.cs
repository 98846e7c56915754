using System.Text.Json;
using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;

namespace Shop.Connector.Inbound;

/// <summary>
/// POST /webhooks/shopify: verify X-Shopify-Hmac-Sha256 over the raw body (<see cref="ShopifyWebhookVerifier"/>, 401), deduplicate by
/// X-Shopify-Webhook-Id, parse (400 for malformed JSON, so the mistake is visible to the sender), then publish.
/// A signed payload that cannot be mapped is acknowledged (200) and recorded on the inbound dead-letter topic:
/// Shopify's retries would only fail the same way. Infrastructure failures, a delivery another request holds right
/// now and more requests than the admission limit answer 503 with Retry-After so Shopify retries; only a delivery
/// that was completed answers 200 as a duplicate.
/// </summary>
public static partial class ShopifyWebhookEndpoint
{
    public const string Path = "/webhooks/shopify";
    private const string ReceiptSource = ShopifyWebhookVerifier.Name;
    private const string Channel = "webhook";

    /// <summary>What a sender is asked to wait when Redis or Kafka failed the delivery: long enough for a restart.</summary>
    private static readonly TimeSpan RetryAfterOutage = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapShopifyWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync).RequireWebhookAdmission();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        [FromKeyedServices(ShopifyWebhookVerifier.Name)] IWebhookVerifier verifier,
        IWebhookReceipts receipts,
        ShopifyWebhookProcessor processor,
        InboundDeadLetter deadLetter,
        ConnectorTelemetry telemetry,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ShopifyWebhookEndpoint));
        var topic = request.Headers[ShopifyHeaders.Topic].ToString();
        var entity = topic.Split('/')[0].TrimEnd('s');
        using var activity = telemetry.StartInbound(Channel, $"shopify {topic}");
        var body = await RawBody.ReadAsync(request, cancellationToken: cancellationToken);
        if (body is null)
        {
            telemetry.Inbound(Channel, entity, "rejected");
            return Results.Json(new { error = "body larger than 1 MiB" }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var verification = await verifier.VerifyAsync(request, body, cancellationToken);
        if (!verification.IsValid)
        {
            telemetry.Inbound(Channel, entity, "unauthorized");
            LogUnauthorized(logger, topic, verification.Failure);
            return Results.Json(new { error = verification.Failure }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var delivery = new ShopifyDelivery(
            request.Headers[ShopifyHeaders.WebhookId].ToString(), topic, request.Headers[ShopifyHeaders.ShopDomain].ToString(), request.Headers[ShopifyHeaders.EventId].ToString());
        if (delivery.WebhookId.Length == 0 || topic.Length == 0)
        {
            telemetry.Inbound(Channel, entity, "rejected");
            return Results.BadRequest(new { error = $"{ShopifyHeaders.WebhookId} and {ShopifyHeaders.Topic} are required" });
        }

        WebhookClaim claim;
        try
        {
            claim = await receipts.TryClaimAsync(ReceiptSource, delivery.Key, cancellationToken);
        }
        catch (WebhookReceiptsUnavailableException ex)
        {
            telemetry.Inbound(Channel, entity, "deferred");
            LogFailed(logger, ex, topic, delivery.WebhookId);
            return WebhookResults.RetryLater("webhook receipts are unreachable; retry later", RetryAfterOutage);
        }

        switch (claim.State)
        {
            case WebhookReceiptState.AlreadyProcessed:
                telemetry.Inbound(Channel, entity, "duplicate");
                return Results.Ok(new { status = "duplicate" });
            case WebhookReceiptState.InProgress:
                telemetry.Inbound(Channel, entity, "busy");
                return WebhookResults.RetryLater("this webhook is being processed by another request; retry later", claim.RetryAfter);
        }

        try
        {
            return await ProcessAsync(body, delivery, processor, deadLetter, receipts, claim, telemetry, entity, cancellationToken);
        }
        catch (Exception ex)
        {
            // Also on cancellation (the sender hung up): a claim must never outlive its request.
            await receipts.ReleaseAsync(claim);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            telemetry.Inbound(Channel, entity, "deferred");
            LogFailed(logger, ex, topic, delivery.WebhookId);
            return WebhookResults.RetryLater("could not process the webhook now; retry later", RetryAfterOutage);
        }
    }

    private static async Task<IResult> ProcessAsync(
        byte[] body, ShopifyDelivery delivery, ShopifyWebhookProcessor processor, InboundDeadLetter deadLetter, IWebhookReceipts receipts,
        WebhookClaim claim, ConnectorTelemetry telemetry, string entity, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            await receipts.ReleaseAsync(claim);
            telemetry.Inbound(Channel, entity, "rejected");
            return Results.BadRequest(new { error = $"malformed JSON: {ex.Message}" });
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                await receipts.ReleaseAsync(claim);
                telemetry.Inbound(Channel, entity, "rejected");
                return Results.BadRequest(new { error = $"malformed payload: expected a JSON object, found {document.RootElement.ValueKind}" });
            }

            var outcome = await processor.ProcessAsync(delivery, document.RootElement, cancellationToken);
            if (outcome.Kind == WebhookOutcome.Rejected)
            {
                await deadLetter.PublishAsync(delivery, body, outcome.Reasons, cancellationToken);
            }

            await receipts.CompleteAsync(claim, CancellationToken.None);
            telemetry.Inbound(Channel, outcome.Entity, outcome.Kind);
            return Results.Ok(new { status = outcome.Kind, reasons = outcome.Reasons });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused Shopify webhook {Topic}: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string topic, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shopify webhook {Topic} {WebhookId} failed; answered 503 so Shopify retries")]
    private static partial void LogFailed(ILogger logger, Exception exception, string topic, string webhookId);
}
