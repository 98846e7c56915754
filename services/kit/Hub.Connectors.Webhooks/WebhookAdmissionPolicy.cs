using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// ASP.NET Core's rate-limiting middleware with one concurrency limiter shared by every webhook endpoint of the
/// process: at most <see cref="WebhookAdmissionOptions.MaxInProgress"/> in progress, the rest answered 503 with
/// Retry-After before their body is read. The probes and /metrics are not behind it.
/// </summary>
public sealed class WebhookAdmissionPolicy(IOptions<WebhookAdmissionOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "webhooks";
    private const string Partition = "webhooks";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, cancellationToken) =>
    {
        var result = WebhookResults.RetryLater($"too many webhook requests in progress (more than {options.Value.MaxInProgress}); retry later", options.Value.RetryAfter);
        return new ValueTask(result.ExecuteAsync(context.HttpContext));
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter(Partition, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxInProgress,
            QueueLimit = options.Value.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
}
