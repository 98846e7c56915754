using System.Text.Json;
using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;

namespace Crm.Connector.Inbound;

/// <summary>
/// POST /webhooks/hubspot: verify the v3 signature and the replay window over the raw body
/// (<see cref="HubSpotWebhookVerifier"/>), parse the event array, and hand it to <see cref="HubSpotWebhookProcessor"/>.
/// 401 = not from the CRM, 400 = not a HubSpot event array, 503 = try again later (the sender retries), 200 = every
/// event is published, quarantined or known.
/// </summary>
public static class HubSpotWebhookEndpoint
{
    public const string Path = "/webhooks/hubspot";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapHubSpotWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync).RequireWebhookAdmission();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        [FromKeyedServices(HubSpotWebhookVerifier.Name)] IWebhookVerifier verifier,
        HubSpotWebhookProcessor processor,
        ConnectorTelemetry telemetry,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        using var activity = telemetry.StartInbound("webhook", "hubspot contacts");
        var logger = loggers.CreateLogger(typeof(HubSpotWebhookEndpoint));
        var body = await RawBody.ReadAsync(request, cancellationToken: cancellationToken);
        if (body is null)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"body larger than {RawBody.DefaultMaxBytes} bytes");
        }

        var verification = await verifier.VerifyAsync(request, body, cancellationToken);
        if (!verification.IsValid)
        {
            telemetry.Inbound("webhook", "customer", "unauthorized");
            WebhookLog.Unauthorized(logger, verification.Failure!);
            return Refuse(StatusCodes.Status401Unauthorized, verification.Failure!);
        }

        List<HubSpotEvent>? events;
        try
        {
            events = JsonSerializer.Deserialize<List<HubSpotEvent>>(body, Json);
        }
        catch (JsonException ex)
        {
            WebhookLog.Malformed(logger, ex.Message);
            return Refuse(StatusCodes.Status400BadRequest, $"body is not a JSON array of HubSpot events: {ex.Message}");
        }

        if (events is null)
        {
            return Refuse(StatusCodes.Status400BadRequest, "body is not a JSON array of HubSpot events: null");
        }

        var answer = await processor.ProcessAsync(events, cancellationToken);
        return answer.Retry
            ? Refuse(StatusCodes.Status503ServiceUnavailable, answer.Reason, answer.RetryAfter)
            : Results.Ok(new { processed = answer.Processed, duplicates = answer.Duplicates });
    }

    private static IResult Refuse(int status, string reason, TimeSpan? retryAfter = null) => WebhookResults.Refuse(status, reason, retryAfter);
}
