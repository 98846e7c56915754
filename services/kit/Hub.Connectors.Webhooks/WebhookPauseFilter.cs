using Hub.Messaging.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// While the connector's inbound side is paused (`hub pause &lt;connector&gt; --inbound`, or the whole connector), every
/// delivery is answered 503 with Retry-After before its body is read or claimed: the vendor keeps it and redelivers
/// later (vendors retry on 5xx). Without a <see cref="ConnectorPauseWatch"/> registered, nothing is ever paused.
/// </summary>
public sealed class WebhookPauseFilter : IEndpointFilter
{
    /// <summary>A pause is operator time (minutes to hours); asking the vendor back sooner only adds noise.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(60);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.RequestServices.GetService<ConnectorPauseWatch>() is { } watch
            && PauseScope.ForInbound(await watch.CurrentAsync().ConfigureAwait(false)) is { } pause)
        {
            return WebhookResults.RetryLater($"{watch.Connector} is {pause.Describe()}; deliver again later", RetryAfter);
        }

        return await next(context).ConfigureAwait(false);
    }
}
