namespace Hub.Serialization.Avro.Registry;

/// <summary>Confluent's <c>error_code</c>s the platform acts on, as carried by <c>SchemaRegistryException.ErrorCode</c>.</summary>
public static class RegistryErrorCodes
{
    public const int SubjectNotFound = 40401;
    public const int VersionNotFound = 40402;
    public const int SchemaNotFound = 40403;
    public const int SubjectCompatibilityNotFound = 40408;
    public const int IncompatibleSchema = 409;
    public const int InvalidSchema = 42201;
}
