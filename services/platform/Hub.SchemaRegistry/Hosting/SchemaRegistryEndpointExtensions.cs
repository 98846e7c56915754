using Hub.SchemaRegistry.Api;
using Hub.SchemaRegistry.Domain;
using Hub.SchemaRegistry.Storage;

namespace Hub.SchemaRegistry.Hosting;

internal static class SchemaRegistryEndpointExtensions
{
    /// <summary>
    /// The Confluent REST API and Confluent-style errors for everything else. Health endpoints and /metrics come
    /// from MapHubObservability, as in every Hub service.
    /// </summary>
    public static WebApplication MapSchemaRegistry(this WebApplication app)
    {
        app.UseMiddleware<RegistryErrorMiddleware>();

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
