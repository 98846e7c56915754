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

        api.MapGet("/schemas/ids/{id}/versions", (string id, ISchemaStore store, QueryFlag? deleted = null) =>
        {
            var usages = store.State.UsagesOf(ParseId(id), deleted);
            return usages.Count == 0
                ? throw RegistryErrors.SchemaNotFound(ParseId(id))
                : RegistryResults.Json(usages.Select(u => new { subject = u.Subject, version = u.Version }));
        });

        api.MapGet("/schemas/ids/{id}/subjects", (string id, ISchemaStore store, QueryFlag? deleted = null) =>
        {
            var usages = store.State.UsagesOf(ParseId(id), deleted);
            return usages.Count == 0
                ? throw RegistryErrors.SchemaNotFound(ParseId(id))
                : RegistryResults.Json(usages.Select(u => u.Subject).Distinct());
        });
    }

    // Soft-deleted versions still resolve by id, as in Confluent: data written with them must stay readable.
    // In Confluent's API ?subject= selects the context to search, not a filter: the schema with the id is returned
    // whatever subject it was registered under. Confluent's deserializers always send ?subject=<topic>-value, so a
    // filter would make records on retry, dead-letter and mirrored topics (which keep the original bytes) unreadable.
    // This registry has only the default context, so the parameter changes nothing.
    private static AvroSchemaDocument Find(RegistryState state, string idText, string? subject)
    {
        _ = subject;
        var id = ParseId(idText);
        return state.SchemaById(id) ?? throw RegistryErrors.SchemaNotFound(id);
    }

    private static int ParseId(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw RegistryErrors.SchemaNotFound();
}
