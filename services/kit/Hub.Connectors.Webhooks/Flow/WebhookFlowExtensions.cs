using Hub.Connectors.Hosting;
using Hub.Connectors.Hosting.Capture;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Webhooks;

public static class WebhookFlowExtensions
{
    /// <summary>
    /// One vendor's webhooks: its verifier (keyed by <paramref name="source"/>), the connector's parser and item
    /// handler, and the <see cref="WebhookFlow{TItem}"/> around them, with the receipts and admission control of
    /// <see cref="WebhookServiceCollectionExtensions.AddWebhookReceipts"/>. Rejected items go to the connector's
    /// <see cref="InboundQuarantine"/> (<c>AddInboundQuarantine</c>). Map the endpoint with <see cref="MapWebhook{TItem}"/>.
    /// </summary>
    /// <param name="source">The vendor's name, e.g. "shopify": receipt source, verifier key, log and span name.</param>
    public static IServiceCollection AddWebhook<TItem, TVerifier, TParser, THandler>(this IServiceCollection services, string source)
        where TVerifier : class, IWebhookVerifier
        where TParser : class, IWebhookParser<TItem>
        where THandler : class, IWebhookItemHandler<TItem>
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        services.AddWebhookReceipts();
        services.AddKeyedSingleton<IWebhookVerifier, TVerifier>(source);
        services.TryAddSingleton<IWebhookParser<TItem>, TParser>();
        services.TryAddSingleton<IWebhookItemHandler<TItem>, THandler>();
        services.AddKeyedSingleton(source, (sp, _) => new WebhookFlow<TItem>(
            source,
            sp.GetRequiredKeyedService<IWebhookVerifier>(source),
            sp.GetRequiredService<IWebhookParser<TItem>>(),
            sp.GetRequiredService<IWebhookItemHandler<TItem>>(),
            sp.GetRequiredService<IWebhookReceipts>(),
            sp.GetRequiredService<InboundQuarantine>(),
            sp.GetRequiredService<ConnectorTelemetry>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<TrafficCapture>()));
        return services;
    }

    /// <summary>POST <paramref name="path"/>: the flow of <paramref name="source"/>, behind the webhook admission limit.</summary>
    public static RouteHandlerBuilder MapWebhook<TItem>(this IEndpointRouteBuilder endpoints, string path, string source) =>
        endpoints.MapPost(path, (HttpRequest request, CancellationToken cancellationToken) => request.HttpContext.RequestServices
                .GetRequiredKeyedService<WebhookFlow<TItem>>(source)
                .ReceiveAsync(request, cancellationToken))
            .RequireWebhookAdmission();
}
