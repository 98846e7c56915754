using System.ComponentModel.DataAnnotations;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;

namespace Hub.Serialization.Avro;

/// <summary>
/// How serializers find the schema id they write. Bound from the "AvroSerde" section; mapped onto Confluent's
/// <see cref="AvroSerializerConfig"/> by <see cref="ToSerializerConfig"/>.
/// </summary>
public sealed class AvroSerdeOptions : IValidatableObject
{
    public const string SectionName = "AvroSerde";

    /// <summary>Register the compiled schema on first use (default true). Turn off where producers must not change the registry.</summary>
    public bool AutoRegisterSchemas { get; set; } = true;

    /// <summary>With auto-registration off: write with the id of the latest version registered under the subject.</summary>
    public bool UseLatestVersion { get; set; }

    /// <summary>
    /// With auto-registration off: write every value with this schema id (a version pinned by the operator, Confluent's
    /// use.schema.id). The registered schema must be one the compiled class can be written as.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int? UseSchemaId { get; set; }

    /// <summary>Confluent's strategies by their names (Topic, Record, TopicRecord); default Topic.</summary>
    public SubjectNameStrategy SubjectNameStrategy { get; set; } = SubjectNameStrategy.Topic;

    /// <summary>How long the latest version of a subject is reused before asking again (the client's latest.cache.ttl.secs); default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LatestVersionCacheTtl { get; set; } = TimeSpan.FromMinutes(1);

    public AvroSerializerConfig ToSerializerConfig() => new()
    {
        AutoRegisterSchemas = AutoRegisterSchemas,
        UseLatestVersion = UseLatestVersion,
        UseSchemaId = UseSchemaId,
        SubjectNameStrategy = SubjectNameStrategy,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AutoRegisterSchemas && UseLatestVersion)
        {
            yield return new ValidationResult(
                "UseLatestVersion needs AutoRegisterSchemas=false: a producer either registers its schema or writes with the registered one.",
                [nameof(AutoRegisterSchemas), nameof(UseLatestVersion)]);
        }

        if (UseSchemaId is not null && (AutoRegisterSchemas || UseLatestVersion))
        {
            yield return new ValidationResult(
                "UseSchemaId pins the id written: it needs AutoRegisterSchemas=false and UseLatestVersion=false.",
                [nameof(UseSchemaId), nameof(AutoRegisterSchemas), nameof(UseLatestVersion)]);
        }
    }
}
