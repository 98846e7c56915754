using Hub.SchemaRegistry.Api;
using Hub.SchemaRegistry.Domain;
using Hub.SchemaRegistry.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Hub.SchemaRegistry.Hosting;

internal static class SchemaRegistryEndpointExtensions
{
    /// <summary>The Confluent REST API, health endpoints and Confluent-style errors for everything else.</summary>
    public static WebApplication MapSchemaRegistry(this WebApplication app)
    {
        app.UseMiddleware<RegistryErrorMiddleware>();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });

        var api = app.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
        {
            var store = context.HttpContext.RequestServices.GetRequiredService<ISchemaStore>();
            return store.IsReady
                ? await next(context)
                : throw new StoreUnavailableException($"{store.Description} is still being loaded or Kafka is unreachable");
        });
        api.MapGet("/", () => RegistryResults.Json(new { }));
        SubjectEndpoints.Map(api);
        SchemaEndpoints.Map(api);
        CompatibilityEndpoints.Map(api);
        ConfigEndpoints.Map(api);

        app.MapFallback(() => RegistryResults.Error(new RegistryException(404, 404, "HTTP 404 Not Found")));
        return app;
    }
}
