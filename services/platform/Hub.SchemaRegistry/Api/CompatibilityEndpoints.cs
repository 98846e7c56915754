using Hub.SchemaRegistry.Domain;

namespace Hub.SchemaRegistry.Api;

/// <summary>/compatibility: test a schema without registering it.</summary>
internal static class CompatibilityEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/compatibility/subjects/{subject}/versions/{version}",
            async (string subject, string version, HttpRequest request, RegistrationService registration, QueryFlag? verbose = null, QueryFlag? normalize = null) =>
            {
                var spec = VersionSpec.Parse(version);
                var body = await RequestBody.ReadAsync<RegisterSchemaRequest>(request);
                return Respond(registration.CheckCompatibility(subject, spec, body, normalize), verbose);
            });

        api.MapPost("/compatibility/subjects/{subject}/versions",
            async (string subject, HttpRequest request, RegistrationService registration, QueryFlag? verbose = null, QueryFlag? normalize = null) =>
            {
                var body = await RequestBody.ReadAsync<RegisterSchemaRequest>(request);
                return Respond(registration.CheckCompatibility(subject, null, body, normalize), verbose);
            });
    }

    private static IResult Respond(Hub.Schemas.CompatibilityResult result, bool verbose) =>
        verbose
            ? RegistryResults.Json(new { is_compatible = result.IsCompatible, messages = result.Messages })
            : RegistryResults.Json(new { is_compatible = result.IsCompatible });
}
