using System.Net;
using Confluent.SchemaRegistry;
using Polly;

namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// Confluent's registry client with every call that may reach the registry run in the "schema-registry" resilience
/// pipeline (<c>Resilience:schema-registry</c>). Confluent's own retry loop is off (<see cref="SchemaRegistryClients"/>
/// sends once per URL), so the delays and the number of tries are configured in one place with the platform's others.
/// </summary>
// Confluent's obsolete members are part of the interface; a decorator forwards them as they are.
#pragma warning disable CS0618
public sealed class RetryingSchemaRegistryClient(ISchemaRegistryClient inner, ResiliencePipeline pipeline) : ISchemaRegistryClient
{
    public IEnumerable<KeyValuePair<string, string>> Config => inner.Config;

    public IAuthenticationHeaderValueProvider AuthHeaderProvider => inner.AuthHeaderProvider;

    public IWebProxy Proxy => inner.Proxy;

    public int MaxCachedSchemas => inner.MaxCachedSchemas;

    public Task<int> RegisterSchemaAsync(string subject, string avroSchema, bool normalize = false) => Run(() => inner.RegisterSchemaAsync(subject, avroSchema, normalize));

    public Task<int> RegisterSchemaAsync(string subject, Schema schema, bool normalize = false) => Run(() => inner.RegisterSchemaAsync(subject, schema, normalize));

    public Task<RegisteredSchema> RegisterSchemaWithResponseAsync(string subject, Schema schema, bool normalize = false) => Run(() => inner.RegisterSchemaWithResponseAsync(subject, schema, normalize));

    public Task<int> GetSchemaIdAsync(string subject, string avroSchema, bool normalize = false) => Run(() => inner.GetSchemaIdAsync(subject, avroSchema, normalize));

    public Task<int> GetSchemaIdAsync(string subject, Schema schema, bool normalize = false) => Run(() => inner.GetSchemaIdAsync(subject, schema, normalize));

    public Task<Schema> GetSchemaAsync(int id, string? format = null) => Run(() => inner.GetSchemaAsync(id, format));

    public Task<Schema> GetSchemaBySubjectAndIdAsync(string subject, int id, string? format = null) => Run(() => inner.GetSchemaBySubjectAndIdAsync(subject, id, format));

    public Task<Schema> GetSchemaByGuidAsync(string guid, string? format = null) => Run(() => inner.GetSchemaByGuidAsync(guid, format));

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, Schema schema, bool ignoreDeletedSchemas, bool normalize = false) =>
        Run(() => inner.LookupSchemaAsync(subject, schema, ignoreDeletedSchemas, normalize));

    public Task<RegisteredSchema> GetRegisteredSchemaAsync(string subject, int version, bool ignoreDeletedSchemas = true) =>
        Run(() => inner.GetRegisteredSchemaAsync(subject, version, ignoreDeletedSchemas));

    public Task<string> GetSchemaAsync(string subject, int version) => Run(() => inner.GetSchemaAsync(subject, version));

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject) => Run(() => inner.GetLatestSchemaAsync(subject));

    public Task<RegisteredSchema> GetLatestWithMetadataAsync(string subject, IDictionary<string, string> metadata, bool ignoreDeletedSchemas) =>
        Run(() => inner.GetLatestWithMetadataAsync(subject, metadata, ignoreDeletedSchemas));

    public Task<List<string>> GetAllSubjectsAsync() => Run(inner.GetAllSubjectsAsync);

    public Task<List<int>> GetSubjectVersionsAsync(string subject) => Run(() => inner.GetSubjectVersionsAsync(subject));

    public Task<bool> IsCompatibleAsync(string subject, string avroSchema) => Run(() => inner.IsCompatibleAsync(subject, avroSchema));

    public Task<bool> IsCompatibleAsync(string subject, Schema schema) => Run(() => inner.IsCompatibleAsync(subject, schema));

    public string ConstructKeySubjectName(string topic, string? recordType = null) => inner.ConstructKeySubjectName(topic, recordType);

    public string ConstructValueSubjectName(string topic, string? recordType = null) => inner.ConstructValueSubjectName(topic, recordType);

    public Task<Compatibility> GetCompatibilityAsync(string? subject = null) => Run(() => inner.GetCompatibilityAsync(subject));

    public Task<Compatibility> UpdateCompatibilityAsync(Compatibility compatibility, string? subject = null) => Run(() => inner.UpdateCompatibilityAsync(compatibility, subject));

    public void ClearLatestCaches() => inner.ClearLatestCaches();

    public void ClearCaches() => inner.ClearCaches();

    public Task<List<Association>> GetAssociationsByResourceNameAsync(
        string resourceName, string resourceNamespace, string resourceType, List<string> associationTypes, string lifecycle, int offset, int limit) =>
        Run(() => inner.GetAssociationsByResourceNameAsync(resourceName, resourceNamespace, resourceType, associationTypes, lifecycle, offset, limit));

    public Task<AssociationResponse> CreateAssociationAsync(AssociationCreateOrUpdateRequest request) => Run(() => inner.CreateAssociationAsync(request));

    public Task DeleteAssociationsAsync(string resourceId, string resourceType, List<string> associationTypes, bool cascadeLifecycle) =>
        Run(async () =>
        {
            await inner.DeleteAssociationsAsync(resourceId, resourceType, associationTypes, cascadeLifecycle).ConfigureAwait(false);
            return true;
        });

    public void Dispose() => inner.Dispose();

    private Task<T> Run<T>(Func<Task<T>> call) =>
        pipeline.ExecuteAsync(static (call, _) => new ValueTask<T>(call()), call, CancellationToken.None).AsTask();
}
#pragma warning restore CS0618
