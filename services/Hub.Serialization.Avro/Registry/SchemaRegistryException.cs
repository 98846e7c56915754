using System.Net;

namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// The registry refused a request or could not be reached. <see cref="ErrorCode"/> is Confluent's error_code
/// (40401 subject not found, 40403 schema not found, 409 incompatible, 42201 invalid schema, ...), or -1 when the
/// registry gave none. <see cref="IsTransient"/> is true for outages (5xx, timeouts, connection failures).
/// </summary>
public sealed class SchemaRegistryException : Exception
{
    public const int NoErrorCode = -1;
    public const int SubjectNotFound = 40401;
    public const int VersionNotFound = 40402;
    public const int SchemaNotFound = 40403;
    public const int IncompatibleSchema = 409;
    public const int InvalidSchema = 42201;

    public SchemaRegistryException(string message, HttpStatusCode? statusCode, int errorCode, bool isTransient, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        IsTransient = isTransient;
    }

    public HttpStatusCode? StatusCode { get; }

    public int ErrorCode { get; }

    public bool IsTransient { get; }

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
}
