using Hub.Schemas;

namespace Hub.SchemaRegistry.Domain;

/// <summary>Confluent Schema Registry's error codes, with messages close to Confluent's own wording.</summary>
internal static class RegistryErrors
{
    public static RegistryException SubjectNotFound(string subject) => new(404, 40401, $"Subject '{subject}' not found.");

    public static RegistryException VersionNotFound(int version) => new(404, 40402, $"Version {version} not found.");

    public static RegistryException SchemaNotFound(int? id = null) =>
        new(404, 40403, id is null ? "Schema not found" : $"Schema {id} not found");

    public static RegistryException SubjectSoftDeleted(string subject) =>
        new(404, 40404, $"Subject '{subject}' was soft deleted. Set permanent=true to delete permanently");

    public static RegistryException SubjectNotSoftDeleted(string subject) =>
        new(404, 40405, $"Subject '{subject}' was not deleted first before being permanently deleted");

    public static RegistryException VersionSoftDeleted(string subject, int version) =>
        new(404, 40406, $"Subject '{subject}' Version {version} was soft deleted. Set permanent=true to delete permanently");

    public static RegistryException VersionNotSoftDeleted(string subject, int version) =>
        new(404, 40407, $"Subject '{subject}' Version {version} was not deleted first before being permanently deleted");

    public static RegistryException SubjectLevelCompatibilityNotConfigured(string subject) =>
        new(404, 40408, $"Subject '{subject}' does not have subject-level compatibility configured");

    public static RegistryException Incompatible(string subject, IEnumerable<string> details) =>
        new(409, 409, $"Schema being registered is incompatible with an earlier schema for subject \"{subject}\", details: [{string.Join("; ", details)}]");

    public static RegistryException InvalidSchema(string message) => new(422, InvalidSchemaException.ErrorCode, message);

    public static RegistryException UnsupportedSchemaType(string type) =>
        InvalidSchema($"Invalid schema type '{type}': this registry supports AVRO only (omit schemaType or send \"AVRO\").");

    public static RegistryException InvalidVersion(string version) =>
        new(422, 42202, $"The specified version '{version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");

    public static RegistryException InvalidCompatibilityLevel(string? level) =>
        new(422, 42203, $"Invalid compatibility level '{level}'. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive");

    public static RegistryException InvalidMode(string? mode) =>
        new(422, 42204, $"Invalid mode '{mode}'. Valid values are READWRITE, READONLY, IMPORT");

    public static RegistryException ReadOnly(string? subject) =>
        new(422, 42205, subject is null ? "The registry is in read-only mode" : $"Subject {subject} is in read-only mode");

    public static RegistryException OperationNotPermitted(string message) => new(422, 42205, message);

    public static RegistryException IdConflict(int id) => new(422, 42207, $"Overwrite new schema with id {id} is not permitted.");

    public static RegistryException BadRequest(string message) => new(400, 400, message);

    public static RegistryException StoreError(string message) => new(500, 50001, $"Error in the backend data store: {message}");

    public static RegistryException StoreTimeout(string message) => new(500, 50002, $"Operation timed out: {message}");

    public static RegistryException StoreUnavailable(string message) => new(500, 50003, $"Schema store unavailable: {message}");
}
