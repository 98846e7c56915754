namespace Hub.SchemaRegistry.Domain;

/// <summary>An API error with Confluent's HTTP status and error code; rendered as {"error_code", "message"}.</summary>
internal sealed class RegistryException(int status, int errorCode, string message) : Exception(message)
{
    public int Status { get; } = status;

    public int ErrorCode { get; } = errorCode;
}
