using System.Globalization;
using Hub.SchemaRegistry.Domain;
using Hub.SchemaRegistry.Storage;
using Hub.Schemas;

namespace Hub.SchemaRegistry.Api;

/// <summary>/schemas: schemas by global id, and the supported schema types.</summary>
internal static class SchemaEndpoints
{
    private static readonly string[] SupportedTypes = ["AVRO"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/schemas/types", () => RegistryResults.Json(SupportedTypes));

        api.MapGet("/schemas/ids/{id}", (string id, ISchemaStore store, string? subject = null) =>
            RegistryResults.Json(new { schema = Find(store.State, id, subject).Text }));

        api.MapGet("/schemas/ids/{id}/schema", (string id, ISchemaStore store, string? subject = null) =>
            RegistryResults.RawSchema(Find(store.State, id, subject).Text));

        api.MapGet("/schemas/ids/{id}/versions", (string id, ISchemaStore store, bool deleted = false) =>
        {
            var usages = store.State.UsagesOf(ParseId(id), deleted);
            return usages.Count == 0
                ? throw RegistryErrors.SchemaNotFound(ParseId(id))
                : RegistryResults.Json(usages.Select(u => new { subject = u.Subject, version = u.Version }));
        });

        api.MapGet("/schemas/ids/{id}/subjects", (string id, ISchemaStore store, bool deleted = false) =>
        {
            var usages = store.State.UsagesOf(ParseId(id), deleted);
            return usages.Count == 0
                ? throw RegistryErrors.SchemaNotFound(ParseId(id))
                : RegistryResults.Json(usages.Select(u => u.Subject).Distinct());
        });
    }

    // Soft-deleted versions still resolve by id, as in Confluent: data written with them must stay readable.
    private static AvroSchemaDocument Find(RegistryState state, string idText, string? subject)
    {
        var id = ParseId(idText);
        var schema = state.SchemaById(id) ?? throw RegistryErrors.SchemaNotFound(id);
        if (subject is not null && state.UsagesOf(id, includeDeleted: true).All(u => u.Subject != subject))
        {
            throw RegistryErrors.SchemaNotFound(id);
        }

        return schema;
    }

    private static int ParseId(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw RegistryErrors.SchemaNotFound();
}
