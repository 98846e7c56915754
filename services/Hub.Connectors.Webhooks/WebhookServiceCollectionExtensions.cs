using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IWebhookReceipts"/> on Redis ("WebhookReceipts" section). Uses an already registered
    /// <see cref="IConnectionMultiplexer"/>, else connects to WebhookReceipts:RedisConfiguration or Redis:Configuration.
    /// </summary>
    public static IServiceCollection AddWebhookReceipts(this IServiceCollection services)
    {
        services.AddOptions<WebhookReceiptOptions>()
            .BindConfiguration(WebhookReceiptOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<WebhookReceiptOptions>>().Value.RedisConfiguration;
            var configuration = string.IsNullOrWhiteSpace(configured) ? sp.GetRequiredService<IConfiguration>()["Redis:Configuration"] : configured;
            var options = ConfigurationOptions.Parse(configuration ?? throw new InvalidOperationException("Neither WebhookReceipts:RedisConfiguration nor Redis:Configuration is set."));
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.TryAddSingleton<IWebhookReceipts, RedisWebhookReceipts>();
        return services;
    }
}
