namespace Hub.Schemas;

/// <summary>The schema text is not a valid Avro schema. A registry maps this to error code 42201.</summary>
public sealed class InvalidSchemaException : Exception
{
    /// <summary>The Confluent Schema Registry error code for an invalid schema.</summary>
    public const int ErrorCode = 42201;

    public InvalidSchemaException()
    {
    }

    public InvalidSchemaException(string message)
        : base(message)
    {
    }

    public InvalidSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
