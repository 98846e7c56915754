using Hub.Resilience;
using Microsoft.Extensions.Configuration;

namespace Hub.Messaging.Kafka.Configuration;

/// <summary>
/// Section <c>Resilience:handler</c>: the <c>Retry</c>, <c>CircuitBreaker</c> and <c>RateLimit</c> every subscription
/// starts from, with the same keys as <c>Subscriptions:{name}</c>, whose values override them. An unknown key fails
/// on start instead of leaving a default in place.
/// </summary>
public sealed class HandlerResilienceDefaults
{
    public static string SectionName { get; } = ResiliencePipelineNames.SectionOf(ResiliencePipelineNames.Handler);

    public RetryOptions Retry { get; set; } = new();

    public CircuitBreakerOptions CircuitBreaker { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Binds the section into <paramref name="subscription"/>'s own Retry, CircuitBreaker and RateLimit.</summary>
    public static void Apply(IConfiguration? configuration, SubscriptionOptions subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var section = configuration?.GetSection(SectionName);
        if (section is null || !section.GetChildren().Any())
        {
            return;
        }

        // Bound through a view on the subscription's own objects, so the section sets defaults and nothing else.
        var view = new HandlerResilienceDefaults { Retry = subscription.Retry, CircuitBreaker = subscription.CircuitBreaker, RateLimit = subscription.RateLimit };
        section.Bind(view, b => b.ErrorOnUnknownConfiguration = true);
    }
}
