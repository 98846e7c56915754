using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Sandboxes;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>Fault switches and the request log; add <see cref="UseSandbox"/> and <see cref="MapSandboxControl"/> to the app.</summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FaultState>();
        services.TryAddSingleton<RequestLog>();
        services.TryAddSingleton<IWriteRequestDetector, HttpMethodWriteDetector>();
        services.TryAddSingleton<WebhookStatistics>();
        services.AddHealthChecks();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>A webhook sender ("Webhooks" section) signing with <typeparamref name="TSigner"/>.</summary>
    public static IServiceCollection AddSandboxWebhooks<TSigner>(this IServiceCollection services)
        where TSigner : class, IWebhookSigner
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(WebhookSender), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<IWebhookSigner, TSigner>();
        services.TryAddSingleton<WebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        return services;
    }

    public static IApplicationBuilder UseSandbox(this IApplicationBuilder app) => app.UseMiddleware<FaultMiddleware>();

    /// <summary>GET/PUT/DELETE /_sandbox/faults, GET/DELETE /_sandbox/requests, GET /_sandbox/webhooks, /health/live.</summary>
    public static IEndpointRouteBuilder MapSandboxControl(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SandboxPaths.Faults, (FaultState faults) => Results.Ok(faults.Current));
        endpoints.MapPut(SandboxPaths.Faults, (FaultSettings settings, FaultState faults) =>
        {
            faults.Set(settings);
            return Results.Ok(faults.Current);
        });
        endpoints.MapDelete(SandboxPaths.Faults, (FaultState faults) =>
        {
            faults.Set(FaultSettings.Healthy);
            return Results.NoContent();
        });
        endpoints.MapGet(SandboxPaths.Requests, (RequestLog log) => Results.Ok(log.Snapshot()));
        endpoints.MapDelete(SandboxPaths.Requests, (RequestLog log) =>
        {
            log.Clear();
            return Results.NoContent();
        });
        endpoints.MapGet(SandboxPaths.Webhooks, (WebhookStatistics statistics) => Results.Ok(statistics));
        endpoints.MapHealthChecks("/health/live");
        return endpoints;
    }
}
