using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Webhooks;

public static class WebhookDeclarationExtensions
{
    /// <summary>
    /// The system's webhooks, as part of the connector's declaration: the <see cref="WebhookFlow{TItem}"/> of
    /// <paramref name="source"/> (<see cref="WebhookFlowExtensions.AddWebhook{TItem, TVerifier, TParser, THandler}"/>) and POST <paramref name="path"/>
    /// mapped with the connector's endpoints (<see cref="WebhookFlowExtensions.MapWebhook{TItem}"/>). Declare where rejected
    /// items go with <see cref="ConnectorDeclaration.Quarantine{TOptions}"/>.
    /// </summary>
    /// <param name="path">The endpoint the system posts to, e.g. "/webhooks/shopify".</param>
    /// <param name="source">The vendor's name, e.g. "shopify": receipt source, verifier key, log and span name.</param>
    public static ConnectorDeclaration Webhook<TItem, TVerifier, TParser, THandler>(this ConnectorDeclaration connector, string path, string source)
        where TVerifier : class, IWebhookVerifier
        where TParser : class, IWebhookParser<TItem>
        where THandler : class, IWebhookItemHandler<TItem>
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentException.ThrowIfNullOrEmpty(path);
        connector.Services.AddWebhook<TItem, TVerifier, TParser, THandler>(source);
        return connector.Endpoints(app => app.MapWebhook<TItem>(path, source));
    }
}
