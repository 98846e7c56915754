using Hub.SchemaRegistry.Domain;
using Hub.SchemaRegistry.Storage;

namespace Hub.SchemaRegistry.Api;

/// <summary>/subjects: listing, registering, reading, looking up and deleting subject versions.</summary>
internal static class SubjectEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/subjects", (ISchemaStore store, QueryFlag? deleted = null) =>
            RegistryResults.Json(store.State.Subjects(deleted)));

        api.MapGet("/subjects/{subject}/versions", (string subject, ISchemaStore store, QueryFlag? deleted = null) =>
        {
            var versions = store.State.Versions(subject, deleted);
            return versions.Count == 0
                ? throw RegistryErrors.SubjectNotFound(subject)
                : RegistryResults.Json(versions.Select(v => v.Version));
        });

        api.MapPost("/subjects/{subject}/versions", async (string subject, HttpRequest request, RegistrationService registration, QueryFlag? normalize = null) =>
        {
            var body = await RequestBody.ReadAsync<RegisterSchemaRequest>(request);
            var id = await registration.RegisterAsync(subject, body, normalize, request.HttpContext.RequestAborted);
            return RegistryResults.Json(new { id });
        });

        api.MapGet("/subjects/{subject}/versions/{version}", (string subject, string version, ISchemaStore store, QueryFlag? deleted = null) =>
            RegistryResults.Json(Describe(VersionSpec.Parse(version).Resolve(store.State, subject, deleted))));

        api.MapGet("/subjects/{subject}/versions/{version}/schema", (string subject, string version, ISchemaStore store, QueryFlag? deleted = null) =>
            RegistryResults.RawSchema(VersionSpec.Parse(version).Resolve(store.State, subject, deleted).Text));

        // Schema references are not supported, so nothing can refer to a version.
        api.MapGet("/subjects/{subject}/versions/{version}/referencedby", (string subject, string version, ISchemaStore store) =>
        {
            VersionSpec.Parse(version).Resolve(store.State, subject, includeDeleted: false);
            return RegistryResults.Json(Array.Empty<int>());
        });

        api.MapPost("/subjects/{subject}", async (string subject, HttpRequest request, RegistrationService registration, QueryFlag? normalize = null, QueryFlag? deleted = null) =>
        {
            var body = await RequestBody.ReadAsync<RegisterSchemaRequest>(request);
            return RegistryResults.Json(Describe(registration.Lookup(subject, body, normalize, deleted)));
        });

        api.MapDelete("/subjects/{subject}", async (string subject, DeletionService deletion, HttpContext context, QueryFlag? permanent = null) =>
            RegistryResults.Json(await deletion.DeleteSubjectAsync(subject, permanent, context.RequestAborted)));

        api.MapDelete("/subjects/{subject}/versions/{version}", async (string subject, string version, DeletionService deletion, HttpContext context, QueryFlag? permanent = null) =>
            RegistryResults.Json(await deletion.DeleteVersionAsync(subject, VersionSpec.Parse(version), permanent, context.RequestAborted)));
    }

    private static object Describe(StoredSchema v) => new { subject = v.Subject, version = v.Version, id = v.Id, schema = v.Text };
}
