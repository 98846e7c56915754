using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IWebhookReceipts"/> on Redis ("WebhookReceipts" section) with the claims' renewal, and webhook
    /// admission control ("WebhookAdmission" section, see <see cref="RequireWebhookAdmission"/>). Uses an already
    /// registered <see cref="IConnectionMultiplexer"/>, else connects to WebhookReceipts:RedisConfiguration or
    /// Redis:Configuration.
    /// </summary>
    public static IServiceCollection AddWebhookReceipts(this IServiceCollection services)
    {
        // Once per process, however many webhook endpoints ask for it: the admission policy may be added only once.
        if (services.Any(d => d.ServiceType == typeof(WebhookClaimLeases)))
        {
            return services;
        }

        services.AddOptions<WebhookReceiptOptions>()
            .BindConfiguration(WebhookReceiptOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.RenewInterval > TimeSpan.Zero && o.ClaimTtl > o.RenewInterval * 2, "WebhookReceipts:ClaimTtl must be more than twice RenewInterval.")
            .ValidateOnStart();
        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<WebhookReceiptOptions>>().Value.RedisConfiguration;
            var configuration = string.IsNullOrWhiteSpace(configured) ? sp.GetRequiredService<IConfiguration>()["Redis:Configuration"] : configured;
            var options = ConfigurationOptions.Parse(configuration ?? throw new InvalidOperationException("Neither WebhookReceipts:RedisConfiguration nor Redis:Configuration is set."));
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WebhookClaimLeases>();
        services.TryAddSingleton<RedisWebhookReceipts>();
        services.TryAddSingleton<IWebhookReceipts>(sp => sp.GetRequiredService<RedisWebhookReceipts>());
        services.AddHostedService<WebhookClaimRenewal>();
        services.AddOptions<WebhookAdmissionOptions>()
            .BindConfiguration(WebhookAdmissionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(o => o.AddPolicy<string, WebhookAdmissionPolicy>(WebhookAdmissionPolicy.Name));
        return services;
    }

    /// <summary>
    /// Puts the endpoint behind the process's webhook admission limit (503 + Retry-After beyond it) and the
    /// connector's inbound pause (503 + Retry-After while paused, <see cref="WebhookPauseFilter"/>).
    /// </summary>
    public static TBuilder RequireWebhookAdmission<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireRateLimiting(WebhookAdmissionPolicy.Name).AddEndpointFilter(new WebhookPauseFilter());
}
