namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// The parts of the Confluent Schema Registry REST API the platform uses. Schemas travel as their JSON text;
/// only AVRO schemas are handled. Failures raise <see cref="SchemaRegistryException"/>.
/// </summary>
public interface ISchemaRegistryClient
{
    /// <summary>Registers the schema under the subject (or finds it if already there) and returns its global id.</summary>
    Task<int> RegisterSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default);

    /// <summary>Finds the version of the subject that holds this schema.</summary>
    Task<RegisteredSchema> LookupSchemaAsync(string subject, string schema, CancellationToken cancellationToken = default);

    Task<string> GetSchemaByIdAsync(int id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> GetSubjectsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<int>> GetSubjectVersionsAsync(string subject, CancellationToken cancellationToken = default);

    Task<RegisteredSchema> GetSchemaByVersionAsync(string subject, int version, CancellationToken cancellationToken = default);

    Task<RegisteredSchema> GetLatestSchemaAsync(string subject, CancellationToken cancellationToken = default);

    /// <summary>Checks the schema against one version of the subject, or the latest when <paramref name="version"/> is null.</summary>
    Task<CompatibilityResult> TestCompatibilityAsync(string subject, string schema, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>The compatibility level of the subject, or the global level when <paramref name="subject"/> is null.</summary>
    Task<string> GetCompatibilityAsync(string? subject = null, CancellationToken cancellationToken = default);

    Task<string> UpdateCompatibilityAsync(string level, string? subject = null, CancellationToken cancellationToken = default);
}
