using System.ComponentModel.DataAnnotations;

namespace Hub.Serialization.Avro;

/// <summary>How serializers find the schema id they write. Bound from the "AvroSerde" section.</summary>
public sealed class AvroSerdeOptions : IValidatableObject
{
    public const string SectionName = "AvroSerde";

    /// <summary>Register the compiled schema on first use. Turn off where producers must not change the registry.</summary>
    public bool AutoRegisterSchemas { get; set; } = true;

    /// <summary>
    /// With auto-registration off: write with the latest version registered under the subject (projecting the
    /// value onto it by Avro resolution when it differs) instead of looking up the compiled schema.
    /// </summary>
    public bool UseLatestVersion { get; set; }

    public SubjectNameStrategy SubjectNameStrategy { get; set; } = SubjectNameStrategy.Topic;

    /// <summary>How long the latest version of a subject is reused before asking again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LatestVersionCacheTtl { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AutoRegisterSchemas && UseLatestVersion)
        {
            yield return new ValidationResult(
                "UseLatestVersion needs AutoRegisterSchemas=false: a producer either registers its schema or writes with the registered one.",
                [nameof(AutoRegisterSchemas), nameof(UseLatestVersion)]);
        }
    }
}
