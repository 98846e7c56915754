using Hub.SchemaRegistry.Domain;
using Hub.Schemas;

namespace Hub.SchemaRegistry.Api;

/// <summary>/config and /mode: compatibility levels and the global mode.</summary>
internal static class ConfigEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/config", (SettingsService settings) => Level(settings.GlobalLevel));

        api.MapPut("/config", async (HttpRequest request, SettingsService settings) =>
        {
            var body = await RequestBody.ReadAsync<ConfigUpdateRequest>(request);
            return Updated(await settings.SetLevelAsync(null, body.Level, request.HttpContext.RequestAborted));
        });

        api.MapDelete("/config", async (SettingsService settings, HttpContext context) =>
            Level(await settings.DeleteLevelAsync(null, context.RequestAborted)));

        api.MapGet("/config/{subject}", (string subject, SettingsService settings, QueryFlag? defaultToGlobal = null) =>
            Level(settings.SubjectLevel(subject, defaultToGlobal)));

        api.MapPut("/config/{subject}", async (string subject, HttpRequest request, SettingsService settings) =>
        {
            var body = await RequestBody.ReadAsync<ConfigUpdateRequest>(request);
            return Updated(await settings.SetLevelAsync(subject, body.Level, request.HttpContext.RequestAborted));
        });

        api.MapDelete("/config/{subject}", async (string subject, SettingsService settings, HttpContext context) =>
            Level(await settings.DeleteLevelAsync(subject, context.RequestAborted)));

        api.MapGet("/mode", (SettingsService settings) => RegistryResults.Json(new { mode = settings.Mode.ToWireName() }));

        api.MapPut("/mode", async (HttpRequest request, SettingsService settings, QueryFlag? force = null) =>
        {
            var body = await RequestBody.ReadAsync<ModeUpdateRequest>(request);
            var mode = await settings.SetModeAsync(body.Mode, force, request.HttpContext.RequestAborted);
            return RegistryResults.Json(new { mode = mode.ToWireName() });
        });
    }

    // Confluent reads back "compatibilityLevel" but answers a PUT with "compatibility".
    private static IResult Level(CompatibilityLevel level) => RegistryResults.Json(new { compatibilityLevel = level.ToWireName() });

    private static IResult Updated(CompatibilityLevel level) => RegistryResults.Json(new { compatibility = level.ToWireName() });
}
